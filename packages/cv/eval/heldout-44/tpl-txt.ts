/** Plain-text templates (written directly, UTF-8). */
import type { Job, Person } from './people.ts';
import { bulletsOf, durEn, fmt, months, pad, range, recent, skills, titleOf, wrap } from './lib.ts';

// ─────────────────────────────────────────────────────────────────────────────
// linkedinCopy — Ctrl+A / Ctrl+C of a LinkedIn profile page in the browser, pasted into a .txt: navigation chrome,
// pronouns and degree badge beside the name, headline with post-nominals, "logo" alt texts, company-grouped
// promotions with employment types and durations ("Nov 2020 - Present · 6 yrs 2 mos"), the expanded skills list
// with endorsements, the Contact info overlay, and "People also viewed" with other people's names.
// ─────────────────────────────────────────────────────────────────────────────
export function linkedinCopy(p: Person): string {
  const us = p.country === 'United States';
  const region = (c: string) => (us ? `${c}, United States` : `${c}, England, United Kingdom`);
  const L: string[] = [];
  L.push('Skip to main content', '', '0 notifications total', '', 'Search', 'Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business', us ? 'Try Premium for $0' : 'Try Premium for £0', '');
  L.push('Background Image', '', `${p.name}`, '', us ? 'He/Him' : 'He/Him', '· 2nd', '');
  L.push(us ? `${p.headline} at ${recent(p)[0].company} | GISP | ArcGIS Pro • Python • NG911` : `${p.headline} at ${recent(p)[0].company} | ${p.postNominals} | RCM • FMEA • Condition Monitoring`);
  L.push(region(p.city.replace(', OH', ', Ohio')), '', 'Contact info', '', recent(p)[0].company, p.education[0].school, '', us ? '318 followers' : '612 followers', '500+ connections', '', 'Message', 'Follow', 'More', '');
  L.push('About', '', p.summary, '', 'Activity', '', us ? '318 followers' : '612 followers', '', 'Posts', 'Comments', 'Images', '', `${p.name} reposted this`, '', us ? 'Proud of our team at the Ohio GIS Conference this year — 2nd place in the map gallery!' : 'Great turnout at the IMechE reliability seminar in Coventry last week.', '', 'Show all posts', '');
  L.push('Experience', '');
  const groups: Job[][] = [];
  for (const j of recent(p)) {
    const last = groups[groups.length - 1];
    if (last && last[0].company === j.company) last.push(j); else groups.push([j]);
  }
  const etype = (j: Job) => (j.kind === 'apprenticeship' ? 'Apprenticeship' : j.kind === 'internship' ? 'Internship' : 'Full-time');
  const dr = (j: Job) => `${range(j, 'Mon YYYY', ' - ', 'Present')} · ${durEn(months(j))}`;
  for (const g of groups) {
    if (g.length === 1) {
      const j = g[0];
      L.push(`${j.company} logo`, j.title, `${j.company} · ${etype(j)}`, dr(j), `${region(j.city.replace(', OH', ', Ohio'))} · On-site`, '', ...j.bullets.map((b) => `- ${b}`), '');
    } else {
      const total = months({ start: g[g.length - 1].start, end: g[0].end });
      L.push(`${g[0].company} logo`, g[0].company, `Full-time · ${durEn(total)}`, region(g[0].city.replace(', OH', ', Ohio')), '');
      for (const j of g) L.push(j.title, ...(j.kind ? [etype(j)] : []), dr(j), '', ...j.bullets.map((b) => `- ${b}`), '');
    }
  }
  L.push('Education', '');
  for (const e of p.education) L.push(`${e.school} logo`, e.school, `${e.degree}${e.field ? `, ${e.field}` : ''}`, `${fmt(e.start, 'Mon YYYY')} - ${fmt(e.end, 'Mon YYYY')}`, '');
  L.push('Licenses & certifications', '');
  for (const c of p.certs) L.push(c, `Issued ${c.match(/\((\d{4})\)/)?.[1] ?? '2021'}`, '');
  L.push('Skills', '', 'All', 'Industry Knowledge', 'Tools & Technologies', '');
  const endorse = us ? ['Janice Ortega and 14 others', '11 endorsements', '9 endorsements', '7 endorsements', '6 endorsements', '5 endorsements', '4 endorsements', '3 endorsements', '3 endorsements', '2 endorsements']
    : ['Gareth Lloyd and 21 others', '18 endorsements', '16 endorsements', '12 endorsements', '8 endorsements', '8 endorsements', '6 endorsements', '4 endorsements', '3 endorsements', '2 endorsements'];
  skills(p).forEach((s, i) => L.push(s, '', i === 0 ? `Endorsed by ${endorse[i]}` : endorse[i], ''));
  L.push('Languages', '');
  for (const l of p.languages) L.push(l.replace(/ \(.*\)/, ''), l.includes('native') ? 'Native or bilingual proficiency' : l.includes('basic') ? 'Elementary proficiency' : 'Full professional proficiency', '');
  L.push('Interests', '', 'Top Voices', 'Companies', 'Groups', 'Schools', '');
  L.push('People also viewed', '');
  const others = us ? [['Brittany Kowalczyk', '· 2nd', 'GIS Coordinator at City of Westerville'], ['Marcus T. Greene, GISP', '· 3rd+', 'Senior GIS Analyst | Esri | Utilities'], ['Priya Natarajan', '· 2nd', 'Geospatial Developer at Halvorsen Engineering']]
    : [['Rebecca Okonkwo-Hale', '· 2nd', 'Maintenance Manager at Stanmore Foods'], ['Piotr Zieliński', '· 3rd+', 'Reliability Engineer | Vibration Analyst Cat III'], ['Hannah Greaves CEng', '· 2nd', 'Asset Management Lead at Westcott Rail']];
  for (const [n, d, h] of others) L.push(n, d, h, '', 'Connect', '');
  L.push('Show all', '');
  L.push('Contact info', '', p.name, '', `${p.given!.split(' ')[0]}’s Profile`, p.linkedin!, '', 'Phone', `${p.phoneLocal} (Mobile)`, '', 'Email', p.email, '', 'Connected', us ? 'June 3, 2019' : '14 Feb 2018', '');
  L.push('About', 'Accessibility', 'Talent Solutions', 'Community Guidelines', 'Careers', 'Marketing Solutions', 'Privacy & Terms', 'Ad Choices', 'Advertising', 'Sales Solutions', 'Mobile', 'Small Business', 'Safety Center', '', 'LinkedIn Corporation © 2026', '');
  return L.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// outlookFwd — a CV forwarded through a referral: the referrer's Outlook "FW:" message to a recruiter (with the
// referrer's own signature block and mobile), the candidate's original e-mail underneath, and the CV pasted as
// text from Word ("•\t" bullets, tabs, CRLF line ends).
// ─────────────────────────────────────────────────────────────────────────────
export function outlookFwd(p: Person): string {
  const sg = p.id === 'p06';
  const fromR = sg ? { name: 'Darren Tay', mail: 'darren.tay@lumierebrands.asia', title: 'Senior Manager, Customer Logistics', co: 'Lumière Brands Asia Pte Ltd', mob: '+65 9027 6613', tel: '+65 6715 4420', to: 'Talent Acquisition APAC <ta.apac@lumierebrands.asia>' }
    : { name: 'Marcus Lim', mail: 'marcus.lim@veridianpartners.sg', title: 'Legal Counsel', co: 'Veridian Capital Partners Pte. Ltd.', mob: '+65 9852 1147', tel: '+65 6812 3390', to: "'Rachel Foo' <rachel.foo@harbourlegalsearch.com.sg>" };
  const L: string[] = [];
  L.push(`From: ${fromR.name} <${fromR.mail}>`, 'Sent: Wednesday, 18 November 2026 9:42 AM', `To: ${fromR.to}`, `Subject: FW: ${p.name} - CV${sg ? ' (referral for Regional Demand Planning Manager)' : ' (Senior Associate, M&A)'}`, '');
  L.push(sg ? 'Hi team,' : 'Hi Rachel,', '');
  L.push(sg ? `Referring ${p.given!.split(' ')[0]} for the Regional Demand Planning Manager role (req 26-0311). We worked together at Kallang Consumer Brands – she is excellent. Her CV is below. Please log the referral under my staff ID 40127.`
    : `As discussed, forwarding ${p.given}'s CV. We overlapped at Carrick Ward & Lim and she is one of the best M&A associates I know in Singapore. She is happy for you to contact her directly on her mobile (below).`, '');
  L.push('Thanks,', fromR.name.split(' ')[0], '', `${fromR.name} | ${fromR.title}`, fromR.co, `T ${fromR.tel} | M ${fromR.mob}`, fromR.mail, '', 'This e-mail is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.', '');
  L.push('-----Original Message-----', `From: ${p.name} <${p.email}>`, 'Sent: Tuesday, 17 November 2026 10:15 PM', `To: ${fromR.name} <${fromR.mail}>`, 'Subject: CV', '');
  L.push(`Hi ${fromR.name.split(' ')[0]},`, '', sg ? 'Thanks so much for the referral! My CV is pasted below (the PDF bounced because of your mail filter).' : "Thank you for offering to pass this on. I've pasted my CV below as the attachment keeps getting stripped.", '', 'Best regards,', p.given!.split(' ')[0], '', '');
  L.push(p.name.toUpperCase(), `${p.address}\t|\tMobile: ${p.phoneIntl}\t|\t${p.email}`, '');
  L.push('PROFILE', p.summary, '');
  L.push(sg ? 'EXPERIENCE' : 'CAREER HISTORY');
  const sec = p.work.find((j) => j.kind === 'secondment');
  for (const j of recent(p).filter((x) => x.kind !== 'secondment')) {
    L.push('', `${j.title}\t${j.company}, ${j.city}`, `${fmt(j.start, sg ? 'Mon YYYY' : 'Month YYYY')} – ${j.end ? fmt(j.end, sg ? 'Mon YYYY' : 'Month YYYY') : sg ? 'Present' : 'present'}`);
    for (const b of j.bullets) L.push(`•\t${b}`);
    if (sec && j.company === 'Carrick Ward & Lim LLP') L.push(`•\tSecondment to ${sec.company} as ${sec.title.replace(' (secondment)', '')}, ${fmt(sec.start, 'Month YYYY')} – ${fmt(sec.end!, 'Month YYYY')}: ${sec.bullets[0].replace(/^Full-time secondment to the /, '')}`);
  }
  L.push('', sg ? 'SKILLS' : 'KEY SKILLS', skills(p).join(' | '), '');
  L.push('EDUCATION');
  for (const e of p.education) L.push(`${e.degree} ${e.field === 'Law' ? '' : e.field}`.trim() + `, ${e.school}, ${fmt(e.start, 'YYYY-MM').slice(0, 4)}–${e.end.slice(0, 4)}${e.note ? ` (${e.note})` : ''}`);
  L.push('', sg ? 'CERTIFICATIONS' : 'ADMISSIONS');
  for (const c of p.certs) L.push(c);
  L.push('', 'LANGUAGES', p.languages.join(', '), '');
  if (p.referees?.length) L.push('REFEREE', ...p.referees.map((r) => `${r.name}, ${r.role}, ${r.org} – ${r.phone}`), '');
  return L.join('\r\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// rendercv — the YAML input file of RenderCV (the CV is kept as source): cv.name / location / email / phone,
// social_networks, sections.experience with company, position, start_date 2022-03, end_date present,
// highlights; skills as label / details pairs; design.theme.
// ─────────────────────────────────────────────────────────────────────────────
export function rendercv(p: Person): string {
  const mixed = p.language === 'mixed';
  const q = (s: string) => (/[:#'"&*!|>%@`{}[\],]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '\\"')}"` : s);
  const L: string[] = [];
  L.push('# yaml-language-server: $schema=https://raw.githubusercontent.com/rendercv/rendercv/main/schema.json', `# ${mixed ? 'last render: 2026-11-15 (rendercv render Tan_Wei_Jie_CV.yaml)' : 'last edited 2026-11-09 — remember to re-render before sending!'}`);
  L.push('cv:', `  name: ${q(mixed ? `${p.name} (${p.nameEn})` : p.name)}`, `  location: ${q(mixed ? 'Penang, Malaysia' : 'Berlin, Germany')}`, `  email: ${p.email}`, `  phone: ${q(p.phone)}`);
  if (p.website) L.push(`  website: https://${p.website}/`);
  L.push('  social_networks:', '    - network: LinkedIn', `      username: ${mixed ? 'tanweijie-test' : 'niamh-odalaigh'}`, ...(mixed ? [] : ['    - network: Mastodon', '      username: "@niamh@hci.social"']));
  L.push('  sections:', '    summary:', `      - ${q(p.summary)}`);
  L.push('    experience:');
  for (const j of recent(p)) {
    L.push(`      - company: ${q(j.company)}`, `        position: ${q(j.title)}`, `        location: ${q(j.city)}`, `        start_date: ${fmt(j.start, 'YYYY-MM')}`, `        end_date: ${j.end ? fmt(j.end, 'YYYY-MM') : 'present'}`, '        highlights:', ...j.bullets.map((b) => `          - ${q(b)}`));
  }
  L.push('    education:');
  for (const e of p.education) L.push(`      - institution: ${q(e.school)}`, `        area: ${q(e.field)}`, `        degree: ${q(e.degree)}`, `        location: ${q(e.city ?? '')}`, `        start_date: ${fmt(e.start, 'YYYY-MM')}`, `        end_date: ${fmt(e.end, 'YYYY-MM')}`, ...(e.note ? ['        highlights:', `          - ${q(e.note)}`] : []));
  const sk = skills(p);
  const groups = mixed ? [['Test & ATE', sk.slice(0, 3)], ['Data & quality', sk.slice(3)]] : [['Methods', sk.slice(0, 5)], ['Tools', sk.slice(5)]];
  L.push('    skills:');
  for (const [label, items] of groups) L.push(`      - label: ${label}`, `        details: ${q((items as string[]).join(', '))}`);
  L.push('    certifications:', ...p.certs.map((c) => `      - bullet: ${q(c)}`));
  L.push('    languages:', `      - bullet: ${q(p.languages.join(', '))}`);
  L.push('design:', `  theme: ${mixed ? 'sb2nov' : 'classic'}`, '  page:', '    size: a4', 'locale:', '    date_style: "MONTH_ABBREVIATION YEAR"', '');
  return L.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// bbcode — 求职帖 source on a Discuz! forum (industrial / mechanical-engineering board) copied from the editor:
// [size]/[color]/[b] BBCode, [list=1][*] items with "2020年1月—至今", Discuz's own "[i=s] 本帖最后由 … 编辑 [/i]" line.
// ─────────────────────────────────────────────────────────────────────────────
export function bbcode(p: Person): string {
  const L: string[] = [];
  L.push('[i=s] 本帖最后由 dgliujg 于 2026-11-16 21:37 编辑 [/i]', '');
  L.push('[size=5][color=#0000ff][b]【求职】设备经理/生产经理，东莞松山湖、长安、虎门一带，28年经验[/b][/color][/size]', '');
  L.push('各位版主、坛友好！潜水多年，第一次发求职帖，请多关照。现在公司在调整，想看看外面的机会，有合适的麻烦推荐一下，先谢过！', '');
  L.push('[b][color=#ff0000]一、基本情况[/color][/b]', `姓名：${p.name}　　性别：男　　年龄：47岁（1979年3月）`, `籍贯：${p.hometown}　　现居：${p.address}`, `学历：大专（成人函授，机电一体化技术）`, `手机：${p.phoneLocal}（微信同号）`, `邮箱：${p.email}`, '期望：设备经理/生产经理/厂长助理，月薪 18K 以上可谈', '');
  L.push('[b][color=#ff0000]二、工作经历[/color][/b]', '[list=1]');
  for (const j of recent(p)) {
    L.push(`[*][b]${fmt(j.start, 'YYYY年M月')}—${j.end ? fmt(j.end, 'YYYY年M月') : '至今'}[/b]　${j.company}　[color=#0000ff]${j.title}[/color]`);
    for (const b of j.bullets) L.push(`　　· ${b}`);
  }
  L.push('[/list]', '');
  L.push('[b][color=#ff0000]三、专业技能[/color][/b]', ...skills(p).map((s) => `◆ ${s}`), '');
  L.push('[b][color=#ff0000]四、证书[/color][/b]', p.certsZh!.join('；'), '');
  L.push('[b][color=#ff0000]五、教育经历[/color][/b]');
  for (const e of p.education) L.push(`${fmt(e.start, 'YYYY年M月')}—${fmt(e.end, 'YYYY年M月')}　${e.school}　${e.field}　${e.degree}`);
  L.push('', '[quote]老兵一个，不挑活，能吃苦。有意向的老板可以直接电话或者站内短信，谢谢！[/quote]', '', '[color=#808080]签名：设备人，设备魂。[/color]', '');
  return L.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// lineChat — LINE "傳送聊天記錄" export (.txt): [LINE] header, 儲存日期, dated blocks "2026/11/19（四）",
// tab-separated time / sender / message, multi-line messages wrapped in double quotes, the recruiter's own
// company phone and extension in the chat.
// ─────────────────────────────────────────────────────────────────────────────
export function lineChat(p: Person): string {
  const R = '陳怡君｜晨曦生活 人資';
  const cv: string[] = [];
  cv.push(`${p.name} ${p.nameEn}`, `手機：${p.phoneLocal}`, `Email：${p.email}`, `居住地：${p.address}`, '', '【工作經歷】');
  for (const j of recent(p)) { cv.push(`${fmt(j.start, 'YYYY/MM')}～${j.end ? fmt(j.end, 'YYYY/MM') : '現在'}　${j.company}　${j.title}`); for (const b of j.bullets) cv.push(`・${b}`); }
  cv.push('', '【學歷】', ...p.education.map((e) => `${e.school} ${e.field}（${e.start.slice(0, 4)}～${e.end.slice(0, 4)}）`));
  cv.push('', '【專長】', skills(p).join('、'), '', '【證照／語言】', [...p.certsZh!, ...p.languagesZh!].join('、'));
  const L: string[] = [];
  L.push(`[LINE] 與${R}的聊天記錄`, '儲存日期：2026/11/20 22:14', '', '2026/11/19（四）');
  L.push(`14:02\t${R}\t雅婷您好，我是晨曦生活股份有限公司的人資陳怡君，看到您在104的資料，想邀請您應徵我們的品牌行銷經理職缺🙂`);
  L.push(`14:03\t${R}\t方便先提供一份最新的履歷嗎？直接貼在這裡也可以喔`);
  L.push(`14:26\t${p.name}\t您好～謝謝您的邀請！`);
  L.push(`14:31\t${p.name}\t"${cv.join('\n')}"`);
  L.push(`14:31\t${p.name}\t以上是我的簡歷，再麻煩您了🙏`);
  L.push(`14:40\t${R}\t收到！我們主管看過後會再跟您約面試時間。如果有急事也可以打公司電話 (02)2718-6655 分機 231 找我`);
  L.push(`14:41\t${R}\t[貼圖]`, '', '2026/11/20（五）');
  L.push(`10:05\t${R}\t雅婷您好，主管想約下週二 11/24 下午2點面試，地點在松山區南京東路四段，可以嗎？`);
  L.push(`10:18\t${p.name}\t可以的，謝謝！`);
  L.push(`10:18\t${p.name}\t[貼圖]`, '');
  return L.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// readmeTable — GitHub profile README.md (Chinese developer) kept as the CV: centred <h1>, shields.io badges,
// and a two-column layout made with a raw HTML <table> whose cells hold Markdown (contact + skills left,
// experience right, "`2021.09 - 至今`" code spans).
// ─────────────────────────────────────────────────────────────────────────────
export function readmeTable(p: Person): string {
  const L: string[] = [];
  L.push(`<h1 align="center">Hi 👋, 我是${p.name}</h1>`, `<h3 align="center">${p.headlineZh} · ${p.cityZh} · 专注高并发与稳定性</h3>`, '');
  L.push('<p align="center">', '  <img src="https://img.shields.io/badge/Java-17-orange" />', '  <img src="https://img.shields.io/badge/Spring%20Cloud-2023-green" />', '  <img src="https://komarev.com/ghpvc/?username=chensiyuan-dev" />', '</p>', '');
  L.push('<table>', '<tr>', '<td width="34%" valign="top">', '');
  L.push('### 📇 联系方式', '', `- 📱 ${p.phoneLocal}`, `- ✉️ ${p.email}`, `- 🏠 ${p.address}`, `- 💻 ${p.website}`, '');
  L.push('### 🛠 技能栈', '', ...skills(p).map((s) => `- ${s}`), '');
  L.push('### 🎓 教育', '', ...p.education.map((e) => `**${e.school}**  \n${e.field} · ${e.degree}  \n\`${fmt(e.start, 'YYYY.MM')} - ${fmt(e.end, 'YYYY.MM')}\``), '');
  L.push('### 📜 证书', '', ...p.certsZh!.map((c) => `- ${c}`), ...p.languagesZh!.map((c) => `- ${c}`), '');
  L.push('</td>', '<td width="66%" valign="top">', '');
  L.push('### 🙋 关于我', '', p.summaryZh!, '');
  L.push('### 💼 工作经历', '');
  for (const j of recent(p)) L.push(`**${j.company}** · ${j.title}  `, `\`${fmt(j.start, 'YYYY.MM')} - ${j.end ? fmt(j.end, 'YYYY.MM') : '至今'}\` · ${j.city}`, '', ...j.bullets.map((b) => `- ${b}`), '');
  L.push('### 📌 开源', '', '- [mini-reconcile](https://github.com/chensiyuan-dev/mini-reconcile)：基于 Kafka 的对账示例 ⭐ 312', '- [k8s-notes](https://github.com/chensiyuan-dev/k8s-notes)：Kubernetes 迁移笔记 ⭐ 98', '');
  L.push('</td>', '</tr>', '</table>', '', '<!-- 简历 PDF 版本请邮件索取 -->', '');
  return L.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// pdfCopy — text selected in a browser PDF viewer from a two-column designer CV and pasted into Notepad: the
// sidebar and main column interleave (lines on the same baseline are joined with a space), icon-font glyphs
// survive as private-use characters, hyphenated breaks stay.
// ─────────────────────────────────────────────────────────────────────────────
export function pdfCopy(p: Person): string {
  const mixed = p.language === 'mixed';
  const main: string[] = [];
  const side: string[] = [];
  main.push(p.name.toUpperCase() + (mixed ? ` ${p.nameEn!.toUpperCase()}` : ''), mixed ? `${p.headline} / ${p.headlineZh}` : `${p.headline} | Kaiwhakamahere Matua`, '');
  main.push(mixed ? 'PROFILE 个人简介' : 'PROFILE', ...wrap(p.summary, 58), '');
  main.push(mixed ? 'EXPERIENCE 工作经历' : 'WORK EXPERIENCE');
  const items = [...p.work.map((j) => ({ j, s: j.start })), ...p.gaps.map((g) => ({ g, s: g.start }))].sort((a, b) => (a.s < b.s ? 1 : -1));
  for (const it of items) {
    if ('g' in it && it.g) { main.push(`${fmt(it.g.start, 'MM/YYYY')} – ${fmt(it.g.end, 'MM/YYYY')}`, it.g.text, ''); continue; }
    const j = (it as { j: Job }).j;
    main.push(mixed ? `${fmt(j.start, 'MM/YYYY')} – ${j.end ? fmt(j.end, 'MM/YYYY') : 'Present'}` : range(j, 'Mon YYYY', ' – ', 'Current'), titleOf(j), `${j.company} | ${j.city}`);
    for (const b of bulletsOf(j)) wrap(b, 56).forEach((l, i) => main.push(i ? `  ${l}` : `• ${l}`));
    main.push('');
  }
  main.push('EDUCATION');
  for (const e of p.education) main.push(`${e.degree} ${e.field}`, `${e.schoolEn ?? e.school} ${fmt(e.start, 'YYYY')} – ${fmt(e.end, 'YYYY')}`);
  side.push('\uf095 ' + p.phoneIntl, '\uf0e0 ' + p.email, '\uf041 ' + (mixed ? 'Shenzhen, China' : p.address), ...(p.website ? ['\uf0c1 ' + p.website] : []), '', mixed ? 'SKILLS' : 'SKILLS', ...skills(p), '', 'LANGUAGES', ...p.languages, '');
  if (p.certs.length) side.push(mixed ? 'CERTIFICATES' : 'LICENCES', ...p.certs, '');
  if (p.referees?.length) side.push('REFEREES', ...p.referees.flatMap((r) => [r.name, `${r.role}, ${r.org}`, r.phone]), '');
  // interleave: header lines first (full width), then the two columns by "baseline"
  const out: string[] = [main[0], main[1]];
  const m = main.slice(3), s = side;
  let i = 0, k = 0, n = 0;
  while (i < m.length || k < s.length) {
    n++;
    if (i < m.length && k < s.length && m[i] && s[k] && n % 3 === 0) { out.push(`${m[i]} ${s[k]}`); i++; k++; continue; }
    if (i < m.length) out.push(m[i++]);
    if (n % 2 === 0 && k < s.length) out.push(s[k++]);
  }
  out.push('', '1/1', '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// pandocPlain — what `pandoc -t plain` prints for a table-built Word CV: two-space-indented multiline tables
// (dashed top / header / bottom rules, blank line between rows, cells wrapped inside their column so long employer
// names break across lines), "-   " bullets, footnote markers [1] with the notes collected at the end.
// ─────────────────────────────────────────────────────────────────────────────
function mlTable(head: string[] | null, rows: string[][], widths: number[]): string[] {
  const total = widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  const out: string[] = ['  ' + '-'.repeat(total)];
  const render = (cells: string[]) => {
    const wrapped = cells.map((c, i) => c.split('\n').flatMap((part) => wrap(part, widths[i])));
    const h = Math.max(...wrapped.map((w) => w.length));
    for (let r = 0; r < h; r++) out.push(('  ' + wrapped.map((w, i) => pad(w[r] ?? '', widths[i])).join(' ')).trimEnd());
  };
  if (head) { render(head); out.push('  ' + widths.map((w) => '-'.repeat(w)).join(' ')); }
  rows.forEach((r, i) => { render(r); if (i < rows.length - 1) out.push(''); });
  out.push('  ' + '-'.repeat(total));
  return out;
}

export function pandocPlain(p: Person): string {
  const hk = p.id === 'p13';
  const L: string[] = [];
  const notes: string[] = [];
  const note = (t: string) => { notes.push(t); return `[${notes.length}]`; };
  L.push(hk ? `${p.name} ETHAN WONG` : p.name.toUpperCase(), '', p.headline, '');
  L.push(...mlTable(null, [['Mobile', p.phoneIntl, 'Email', p.email], [p.otherPhones[0].label, p.otherPhones[0].number, 'Address', p.address]], [12, 18, 10, 30]), '');
  L.push('Profile', '', ...wrap(p.summary, 72), '');
  L.push('Employment', '');
  const jobs = recent(p);
  const rows = jobs.map((j) => [range(j, hk ? 'MM/YYYY' : 'Mon YYYY', ' – ', hk ? 'Present' : 'present'), j.company + (j.footnote && !j.kind ? note(j.footnote) : ''), `${j.title}`]);
  L.push(...mlTable(['Period', 'Organisation', 'Position'], rows, [20, 28, 22]), '');
  L.push('Main responsibilities', '');
  for (const j of jobs) {
    L.push(`${j.title}, ${j.company}`, '');
    for (const b of j.bullets) { const w = wrap(b, 66); L.push(`-   ${w[0]}`, ...w.slice(1).map((x) => `    ${x}`)); }
    L.push('');
  }
  L.push('Skills', '');
  const sk = skills(p);
  const half = Math.ceil(sk.length / 2);
  L.push(...mlTable(null, Array.from({ length: half }, (_, i) => [sk[i], sk[i + half] ?? '']), [34, 34]), '');
  L.push(hk ? 'Professional qualifications' : 'Admissions', '', ...p.certs.map((c) => `-   ${c}`), '');
  L.push('Education', '');
  L.push(...mlTable(['Dates', 'Institution', 'Qualification'], p.education.map((e) => [`${fmt(e.start, hk ? 'MM/YYYY' : 'Mon YYYY')} – ${fmt(e.end, hk ? 'MM/YYYY' : 'Mon YYYY')}`, e.school, `${e.degree} ${e.field === 'Law' ? '' : e.field}`.trim() + (e.note ? ` (${e.note})` : '')]), [20, 26, 24]), '');
  L.push('Languages', '', p.languages.join(', '), '');
  if (notes.length) { L.push(...notes.map((n, i) => { const w = wrap(n, 68); return [`[${i + 1}] ${w[0]}`, ...w.slice(1).map((x) => `    ${x}`)].join('\n'); })); L.push(''); }
  return L.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// excelPrn — a CV kept in a spreadsheet and saved as "Formatted Text (Space delimited) (*.prn)": fixed column
// widths, every row one line padded with spaces, date cells shown in their number format ("Feb-19" for mmm-yy,
// "2015年4月" for the Chinese yyyy"年"m"月" format), merged section titles sitting in the first column.
// ─────────────────────────────────────────────────────────────────────────────
export function excelPrn(p: Person): string {
  const zh = p.language === 'zh';
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const d = (s: string) => (zh ? fmt(s, 'YYYY年M月') : `${MON[Number(s.slice(5, 7)) - 1]}-${s.slice(2, 4)}`);
  const W = zh ? [12, 12, 28, 14, 44] : [9, 9, 46, 28, 60];
  const row = (cells: string[]) => cells.map((c, i) => pad(c, W[i] ?? 10)).join('').trimEnd();
  const L: string[] = [];
  if (zh) {
    L.push(row(['个人简历', '', '', '', '']), row(['姓名', p.name, '', '性别', '女']), row(['手机', p.phoneLocal, '', '邮箱', p.email]), row(['现居地', p.address]), row(['求职意向', p.headlineZh!]), '');
    L.push(row(['工作经历']), row(['开始', '结束', '单位', '职务', '主要工作']));
    for (const j of recent(p)) {
      const b = j.bullets;
      L.push(row([d(j.start), j.end ? d(j.end) : '至今', j.company, j.title, b[0]]));
      for (const x of b.slice(1)) L.push(row(['', '', '', '', x]));
    }
    L.push('', row(['教育经历']), row(['开始', '结束', '学校', '学历', '专业']));
    for (const e of p.education) L.push(row([d(e.start), d(e.end), e.school, e.degree, e.field]));
    L.push('', row(['专业技能']));
    for (const s of skills(p)) L.push(row(['', s]));
    L.push('', row(['证书', p.certsZh!.join('、')]), row(['语言', p.languagesZh!.join('、')]), row(['自我评价', p.summaryZh!]));
  } else {
    L.push(row(['CURRICULUM VITAE']), row(['Name', '', p.name]), row(['Cell', '', p.phoneIntl, 'Home', p.otherPhones[0].number]), row(['Email', '', p.email]), row(['Address', '', p.address]), '');
    L.push(row(['WORK HISTORY']), row(['From', 'To', 'Employer', 'Position', 'Main duties']));
    const items = [...p.work.map((j) => ({ j, s: j.start })), ...p.gaps.map((g) => ({ g, s: g.start }))].sort((a, b) => (a.s < b.s ? 1 : -1));
    for (const it of items) {
      if ('g' in it && it.g) { L.push(row([d(it.g.start), d(it.g.end), it.g.text])); continue; }
      const j = (it as { j: Job }).j;
      L.push(row([d(j.start), j.end ? d(j.end) : 'Present', j.company, j.title, j.bullets[0]]));
      for (const x of j.bullets.slice(1)) L.push(row(['', '', '', '', x]));
    }
    L.push('', row(['EDUCATION']), row(['From', 'To', 'Institution', 'Qualification']));
    for (const e of p.education) L.push(row([d(e.start), d(e.end), e.school, `${e.degree} ${e.field}`.trim()]));
    L.push('', row(['SKILLS']));
    const sk = skills(p);
    for (let i = 0; i < sk.length; i += 2) L.push(row(['', '', sk[i], sk[i + 1] ?? '']));
    L.push('', row(['CERTIFICATES']), ...p.certs.map((c) => row(['', '', c])));
    L.push('', row(['REFEREES']), ...(p.referees ?? []).map((r) => row(['', '', r.name, r.phone, `${r.role}, ${r.org}`])));
  }
  return L.join('\r\n') + '\r\n';
}

