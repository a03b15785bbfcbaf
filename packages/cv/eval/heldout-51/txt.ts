/** Plain-text templates of heldout-51 (written as UTF-8). */
import type { Person, Job } from './people.ts';
import { d, per, own, skillList, newestFirst, oldestFirst, obf, type Fmt } from './lib.ts';

// ------------------------------------------------------------------ eml-raw: "Show original" of an application e-mail
function qp(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let line = '', out = '';
  for (const b of bytes) {
    let t: string;
    if (b === 0x0a) { out += line + '\n'; line = ''; continue; }
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) t = String.fromCharCode(b); else t = '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (line.length + t.length > 75) { out += line + '=\n'; line = ''; }
    line += t;
  }
  return out + line;
}
const mailTo: Record<string, [string, string, string, string]> = {
  p02: ['careers@northgatefacilities.ca', 'Application - Lead Refrigeration Technician (Ref. NF-2611)', 'Thu, 03 Dec 2026 21:14:07 -0600', 'fastmail.com'],
  p07: ['board.search@kestrelpartners.co.za', 'Independent NED candidacy – Thandeka Mokoena CA(SA)', 'Wed, 02 Dec 2026 07:41:52 +0200', 'mokoena-advisory.co.za'],
};
export function emlRaw(p: Person): string {
  const [to, subj, date, dom] = mailTo[p.id];
  const f = own(p, 'Mon YYYY');
  const jobs = newestFirst(p);
  const text = [
    p.id === 'p02' ? 'Hello,' : 'Dear Ms Pillay,', '',
    p.id === 'p02' ? 'Please accept my resume for the Lead Refrigeration Technician posting. My resume is pasted below since your portal kept timing out.'
      : 'Further to our call, my board CV is below in plain text as requested. I am available for an interview with the nominations committee in January.', '',
    p.name.toUpperCase(), p.headline, p.address, '',
    'SUMMARY', p.summary, '',
    'EXPERIENCE',
    ...jobs.flatMap((j) => [`${per(j, f, ' - ', 'present')}   ${j.title}, ${j.company}${j.partTime ? ' (non-executive, part-time)' : ''}`, ...j.bullets.map((b) => `   * ${b}`)]),
    ...(p.id === 'p02' ? ['(Nov 2019 - Jan 2020: relocated to Brandon)'] : []),
    '',
    p.id === 'p02' ? 'SKILLS' : 'KEY COMPETENCIES', ...skillList(p).map((s) => `   * ${s}`), '',
    'EDUCATION', ...p.education.map((e) => `${d(e.start, 'YYYY')}-${d(e.end, 'YYYY')}   ${e.degree}, ${e.school}`), '',
    p.id === 'p02' ? 'CERTIFICATION' : 'PROFESSIONAL MEMBERSHIPS', ...p.certs.map((c) => `   * ${c}`), '',
    'LANGUAGES', p.languages.join(', '), '',
    'Thank you for your time,', '', p.name,
    p.id === 'p02' ? `Cell: ${p.phoneNat}` : `Mobile: ${p.phoneIntl}`,
    p.id === 'p02' ? `Work (dispatch): ${p.office}` : `Office (PA): ${p.office}`,
    p.email, '',
  ].join('\n');
  const html = '<div dir="ltr">' + text.split('\n').map((l) => (l ? `<div>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>` : '<div><br></div>')).join('') + '</div>';
  const b = `=_${p.id}b7c2e91f0a4d`;
  return [
    `Return-Path: <${p.email}>`,
    `Received: from mx.${dom} (mx.${dom} [203.0.113.${p.id === 'p02' ? 42 : 77}])`,
    `        by mx.${to.split('@')[1]} with ESMTPS id 4Bq9Zx1kP2z1x2f`,
    `        for <${to}>; ${date}`,
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${dom}; s=fm2; h=from:to:subject:date;`,
    `        bh=Qm9ndXMgYm9keSBoYXNoIGZvciBhIHRlc3Qgc2V0Lg==; b=ZmFrZQ==`,
    `MIME-Version: 1.0`,
    `Date: ${date}`,
    `From: ${p.name} <${p.email}>`,
    `To: ${to}`,
    `Subject: ${subj}`,
    `Message-ID: <CA+${p.id}x7Hk2q0w@${dom}>`,
    `Content-Type: multipart/alternative; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    text,
    `--${b}`,
    'Content-Type: text/html; charset="UTF-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qp(html),
    `--${b}--`,
    '',
  ].join('\n');
}

// ------------------------------------------------------------------ joplin-md: Joplin note exported as "Markdown + Front Matter"
export function joplinMd(p: Person): string {
  const jobs = oldestFirst(p);
  const L = p.id === 'p13' ? { t: `CV master copy (EN) – ${p.name}` } : { t: 'CV – master copy' };
  return [
    '---', `title: ${L.t}`, 'updated: 2026-11-28 21:40:12Z', 'created: 2023-01-09 08:12:55Z', 'tags:', '  - job-search', '  - cv', '---', '',
    `# ${p.name}${p.latin ? ` (${p.latin})` : ''}`, '',
    `**${p.headline}** · ${p.city}`, '',
    `> ${p.summary}`, '',
    '## Career (oldest first)', '',
    ...jobs.flatMap((j, i) => [`${i + 1}. **${d(j.start, 'YYYY-MM')} → ${j.end ? d(j.end, 'YYYY-MM') : 'now'}** — ${j.title} @ ${j.company}, ${j.city}`, ...j.bullets.map((b) => `    - ${b}`)]),
    '',
    '## Skills', '', skillList(p).map((s) => `\`${s}\``).join(' · '), '',
    '## Education', '', ...p.education.map((e) => `- ${e.school} — ${e.degree} (${d(e.start, 'YYYY')} → ${d(e.end, 'YYYY')})`), '',
    '## Languages', '', ...p.languages.map((l) => `- ${l}`), '',
    ...(p.certs.length ? ['## Certifications', '', ...p.certs.map((c) => `- ${c}`), ''] : []),
    '## Contact', '',
    p.email2 ? `- ✉️ ${p.email} (personal — use this one)\n- ✉️ ${p.email2} (work)` : `- ✉️ ${p.email}`,
    `- 📱 ${p.phoneIntl}`,
    '',
    '- [ ] update before sending!',
    '- [x] remove home address',
    '',
  ].join('\n');
}

// ------------------------------------------------------------------ host-readme: profile README on Gitee (p08) / GitLab (p16)
export function hostReadme(p: Person): string {
  const zh = p.id === 'p08';
  const host = zh ? 'gitee.com/ouyangxl' : 'gitlab.com/stephng';
  const badge = (s: string) => `<img src="https://img.shields.io/badge/${encodeURIComponent(s)}-555?style=flat-square" alt="${s}"/>`;
  const dt = (j: Job) => zh ? `${d(j.start, 'YYYY.MM')} ~ ${j.end ? d(j.end, 'YYYY.MM') : '至今'}` : `${d(j.start, 'Mon YYYY')} → ${j.end ? d(j.end, 'Mon YYYY') : 'now'}`;
  return [
    `<p align="center"><img src="https://${zh ? 'foruda.gitee.com/avatar/1699' : 'gitlab.com/uploads/-/system/user/avatar/8812'}/avatar.png" width="96"/></p>`,
    `<h2 align="center">${p.name}${zh ? '' : ` · ${p.latin}`}</h2>`,
    `<p align="center">${p.headline} · ${p.city}</p>`,
    `<p align="center">`, ...skillList(p).map((s) => `  ${badge(s)}`), `</p>`, '',
    zh ? '### 👋 关于我' : '### 👋 About me', '', p.summary, '',
    zh ? '### 🛠 技能' : '### 🛠 Skills', '', ...skillList(p).map((s) => `- ${s}`), '',
    zh ? '### 💼 工作经历' : '### 💼 Work', '',
    ...newestFirst(p).flatMap((j) => [`**${dt(j)}** ｜ ${j.company} ｜ ${j.title}`, '', ...j.bullets.map((b) => `- ${b}`), '']),
    zh ? '### 🎓 教育' : '### 🎓 Education', '', ...p.education.map((e) => `- ${d(e.start, 'YYYY')} ~ ${d(e.end, 'YYYY')} ${e.school} · ${e.degree}`), '',
    zh ? '### 📜 证书 / 语言' : '### 📜 Certs & languages', '', ...p.certs.map((c) => `- ${c}`), ...p.languages.map((c) => `- ${c}`), '',
    zh ? '### 📮 联系我' : '### 📮 Reach me', '',
    zh ? `- 邮箱：${obf.hash(p.email)}（# 换成 @）` : `- email: ${obf.atdot(p.email)}`,
    zh ? `- 手机：${p.phoneNat}（微信同号，备注"招聘"）` : `- mobile / WhatsApp: ${p.phoneNat}`,
    '',
    `![${p.name}'s stats](https://${zh ? 'gitee-stats.example' : 'gitlab-readme-stats.example'}/api?username=${host.split('/')[1]}&show_icons=true)`,
    '',
    `<sub>${zh ? '最后更新' : 'last updated'}：2026-11 · ${host}</sub>`, '',
  ].join('\n');
}

// ------------------------------------------------------------------ bili-zhuanlan: B站专栏 page copied (p10); ranges split over two lines
export function biliZhuanlan(p: Person): string {
  return [
    '首页', '番剧', '直播', '游戏中心', '会员购', '漫画', '赛事', '下载客户端', '', '专栏', '',
    '【求职】机械工程师 14 年经验，坐标武汉，求非标自动化方向机会（附简历）', '',
    '原创', '职场', '2026年11月30日 21:07', '1.2万阅读', '·', '236点赞', '',
    '老贺的机械笔记', '关注', 'UP主认证：机械设计领域创作者', '',
    '各位好，我是老贺。最近公司项目收尾，想看看新的机会，简历直接贴在这里，有合适岗位的 HR 朋友欢迎联系，谢谢大家！', '',
    '一、基本情况', '',
    `姓名：${p.name}`, `现居：${p.city}`, `期望：${p.headline}，非标自动化 / 锂电设备方向，武汉或襄阳`, '',
    '二、工作经历', '',
    ...newestFirst(p).flatMap((j) => [`${d(j.start, 'YYYY.MM')} -`, `${j.end ? d(j.end, 'YYYY.MM') : '至今'}`, `${j.company}｜${j.title}`, ...j.bullets.map((b, i) => `${i + 1}）${b}`), '']),
    '三、专业技能', '', ...skillList(p).map((s) => `● ${s}`), '',
    '四、教育背景', '', ...p.education.map((e) => `${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}　${e.school}　${e.degree}`), '',
    `证书：${p.certs.join('、')}`, `语言：${p.languages.join('、')}`, '',
    '五、联系方式', '',
    `电话：${p.phoneNat}（微信同号）`, `邮箱：${obf.hash(p.email)}（把#换成@）`, '',
    '本文为我原创', '', '236', '18', '95', '分享', '', '评论 57', '最热', '最新', '',
    '机械狗小刘', '老哥牛啊，14年经验还在一线画图', '2026-11-30 21:40', '回复', '',
    '鄂西汽配招聘小王', '您好，我们是十堰的汽车零部件厂，在招结构主管，方便的话加我微信或打 0719-822 6630 转人事部', '2026-12-01 09:12', '回复', '',
    '老贺的机械笔记', 'UP主', '@鄂西汽配招聘小王 谢谢，已私信', '2026-12-01 10:03', '回复', '',
  ].join('\n');
}

// ------------------------------------------------------------------ textile-redmine: Redmine wiki page (Textile), p03 quarters, dates in brackets
export function textileRedmine(p: Person): string {
  const f = own(p, 'Mon YYYY');
  return [
    `h1. ${p.name} – CV`, '', '{{>toc}}', '',
    `p(lead). *${p.headline}* | ${p.city} | RPEQ 27715`, '',
    'h2. Summary', '', p.summary, '',
    'h2. Experience', '',
    ...newestFirst(p).flatMap((j) => [`h3. ${j.title} — ${j.company} (${per(j, f, ' – ', 'present')})`, '', ...j.bullets.map((b) => `* ${b}`), '']),
    'h2. Key skills', '', ...skillList(p).map((s) => `* ${s}`), '',
    'h2. Education', '', ...p.education.map((e) => `* ${e.degree}, _${e.school}_ (${d(e.start, 'YYYY')} – ${d(e.end, 'YYYY')})`), '',
    'h2. Licences & tickets', '', ...p.certs.map((c) => `* ${c}`), '',
    'h2. Contact', '',
    `|_. Mobile | ${p.phoneNat} |`, `|_. Email | "${p.email}":mailto:${p.email} |`, `|_. Office | ${p.office} |`, '',
    'p>. %{color:grey}Updated by Lachlan Whitby 3 days ago · Version 14/14%', '',
  ].join('\n');
}

// ------------------------------------------------------------------ discord-post: a #for-hire message copied from Discord (p05)
export function discordPost(p: Person): string {
  const jobs = newestFirst(p);
  return [
    '# 💼┃for-hire', 'Post your availability. One post per week please — see pinned rules.', '',
    'wanjiru.me — 03/12/2026 09:14',
    `**[FOR HIRE] ${p.headline} — Nairobi / remote (EAT)** 🇰🇪`,
    `Hi all, I'm ${p.name}. ${p.summary}`, '',
    '__Experience__',
    ...jobs.map((j, i) => `${i + 1}. ${j.company} — ${j.title}${j.partTime ? ' *(part-time, alongside)*' : ''} (${per(j, 'Mon YYYY', ' – ', 'now')})`),
    '> Sep 2015 – Jan 2016 I was out of work doing the first term of my MSc full-time',
    '',
    '__Skills__', skillList(p).map((s) => `\`${s}\``).join(' '), '',
    `__Education__ ${p.education.map((e) => `${e.degree}, ${e.school} (${d(e.end, 'YYYY')})`).join(' · ')}`,
    `__Languages__ ${p.languages.join(', ')}`, '',
    `📩 ${p.email}  |  📞/WhatsApp ${p.phoneNat} (${p.phoneIntl})`,
    '👍 4 🔥 2 🙌 1', '',
    'kiprop_talent — 03/12/2026 09:31',
    '@wanjiru.me sent you a DM 👀 we have an MEL lead role in Kisumu. You can also call our desk on 0711 908 442',
    '', 'wanjiru.me — 03/12/2026 09:40', 'thanks, will check!', '',
  ].join('\n');
}
