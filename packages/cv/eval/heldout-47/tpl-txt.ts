/** heldout-47 — plain-text templates (written as UTF-8). */
import { printed, type Job, type Person } from './people.ts';
import { MON, dotted, monY, monthY, newest, nian, y } from './util.ts';

const skills = (p: Person) => p.skills.map(printed);

/** Display width in a terminal: CJK and full-width forms count 2. */
export function cols(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return n;
}

/** Greedy wrap to `w` columns (never splits words for Latin text). */
export function wrap(text: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const cand = line ? `${line} ${word}` : word;
    if (cols(cand) > w && line) {
      out.push(line);
      line = word;
    } else line = cand;
  }
  if (line) out.push(line);
  return out;
}

// ─────────────────────────────────────────────────────────────────────────────
// E. ai-chat — a CV copied out of an AI chat assistant's answer: the assistant's preface, Markdown (#, **, ---,
// "* " bullets), placeholder brackets it left in, and its closing offer. zh: a 深度思考-style assistant, copied with
// the user's own question and the "thinking" line; mixed: Chinese conversation, English CV with the Chinese name.
export function aiChat(p: Person): string {
  const jobs = newest(p);
  if (p.language === 'en') {
    const L: string[] = [
      "Here's a polished, ATS-friendly version of your résumé. I tightened the bullet points, led with outcomes, and kept the formatting simple so it parses cleanly in applicant tracking systems.",
      '',
      '---',
      '',
      `# **${p.name.toUpperCase()}**`,
      '',
      `${p.city} | ${p.phoneLocal} | ${p.email} | [LinkedIn URL] | ${p.facts.portfolio}`,
      '',
      '---',
      '',
      '## **PROFESSIONAL SUMMARY**',
      '',
      p.summary,
      '',
      '---',
      '',
      '## **EXPERIENCE**',
      '',
    ];
    for (const j of jobs) {
      L.push(`### **${j.title}**`, `**${j.company}** — ${j.city}`, `*${monthY(j.start)} – ${j.end ? monthY(j.end) : 'Present'}*`, '');
      for (const b of j.bullets) L.push(`* ${b}`);
      L.push('');
    }
    const s = skills(p);
    L.push('---', '', '## **SKILLS**', '', `**Research methods:** ${[s[0], s[1], s[3], s[7]].join(' • ')}`, `**Tools:** ${[s[4], s[5], s[2]].join(' • ')}`, `**Accessibility:** ${s[6]}`, '');
    L.push('---', '', '## **EDUCATION**', '');
    for (const e of p.education) L.push(`**${e.degree}** — ${e.school}, ${e.city}`, `*${y(e.start)} – ${y(e.end)}*`, '');
    L.push('---', '', '## **CERTIFICATIONS**', '', ...p.certs.map((c) => `* ${c}`), '', '## **LANGUAGES**', '', ...p.languages.map((c) => `* ${c}`), '', '---', '');
    L.push('**A few notes:**', '', '1. Replace **[LinkedIn URL]** with your actual profile link.', '2. If you have a metric for the Maplewood research roadmap (e.g., number of studies shipped), add it — it’s your most recent role and reviewers read it first.', "3. For government roles, consider adding your French proficiency level (e.g., CBC) to the header.", '', 'Would you like me to tailor this résumé to a specific job posting, or create a French version as well?', '');
    return L.join('\n');
  }
  if (p.language === 'zh') {
    const L: string[] = [
      '帮我优化一下这份简历，投杭州的电商运营经理，要突出业绩',
      '',
      '已深度思考（用时 14 秒）',
      '',
      '好的！根据你提供的经历，我帮你把简历优化成了更突出业绩、更适合**电商运营经理**岗位的版本：',
      '',
      '---',
      '',
      `# ${p.name}`,
      '',
      '**求职意向：电商运营经理 ｜ 杭州 ｜ 期望薪资：面议**',
      '',
      `📞 ${p.phoneLocal} ｜ 📧 ${p.email} ｜ 🎂 ${p.facts.born} ｜ 📍 ${p.city}`,
      '',
      '---',
      '',
      '## 一、个人优势',
      '',
      `- ${p.summary}`,
      '- 熟悉平台规则与流量逻辑，具备从 0 到 1 搭建直播间和运营团队的经验',
      '',
      '## 二、工作经历',
      '',
    ];
    for (const j of jobs) {
      L.push(`### ${j.company} ｜ ${j.title}`, `**${dotted(j.start)} - ${j.end ? dotted(j.end) : '至今'}**`, '');
      for (const b of j.bullets) L.push(`- ${b}`);
      L.push('');
    }
    L.push('## 三、专业技能', '', ...skills(p).map((s) => `- ${s}`), '');
    L.push('## 四、教育背景', '', `**${p.education[0].school}** ｜ ${p.education[0].degree} ｜ ${dotted(p.education[0].start)} - ${dotted(p.education[0].end)}`, '');
    L.push('## 五、证书', '', ...p.certs.map((c) => `- ${c}`), ...p.languages.map((c) => `- ${c}`), '', '---', '');
    L.push('### 💡 优化说明', '', '1. **数据量化**：每段经历都补充了 GMV、ROI、团队规模等数字，HR 一眼能看到成果；', '2. **岗位匹配**：把“直播间搭建”“大促策划”放在前面，贴合运营经理 JD；', '3. **精简表述**：去掉了“负责日常工作”这类空话。', '', '如果你把目标公司的 JD 发给我，我可以再帮你做一版针对性的调整。需要吗？', '');
    return L.join('\n');
  }
  // mixed
  const L: string[] = [
    '你说：',
    '帮我把简历改成英文版，投英国的 supply chain consulting 公司，名字保留中文，宁波那段也保留中文公司名',
    '',
    'ChatGPT 说：',
    '好的！下面是为英国咨询公司优化过的英文简历（保留了你的中文名和宁波公司的中文名），格式尽量简洁，方便 ATS 识别：',
    '',
    '---',
    '',
    `**${p.name} | ${p.latinName}**`,
    `${p.city} · ${p.phoneLocal} · ${p.email} · Right to work: ${p.facts.visa}`,
    '',
    '**PROFILE**',
    p.summaryEn!,
    '',
    '**EXPERIENCE**',
    '',
  ];
  for (const j of jobs) {
    L.push(`**${j.titleEn}** | ${j.company}, ${j.cityEn ?? j.city}${j.cityEn ? ', China' : ''} | ${monY(j.start)} – ${j.end ? monY(j.end) : 'Present'}`);
    for (const b of j.bulletsEn ?? []) L.push(`- ${b}`);
    L.push('');
    if (j.start === '2018-01') L.push(`*${monY(p.gaps![0].start)} – ${monY(p.gaps![0].end)}: ${p.gaps![0].textEn}*`, '');
  }
  L.push('**SKILLS**', ...skills(p).map((s) => `- ${s}`), '', '**EDUCATION**');
  for (const e of p.education) L.push(`- ${e.degreeEn ?? e.degree}, ${e.school}${e.schoolEn ? ` (${e.schoolEn})` : ''} | ${y(e.start)} – ${y(e.end)}`);
  L.push('', '**CERTIFICATIONS & LANGUAGES**', ...p.certs.map((c) => `- ${c}`), ...p.languages.map((c) => `- ${c}`), '', '---', '');
  L.push('几点说明：', '1. 宁波的公司保留了中文名，并在后面注明城市和国家，方便英国雇主理解；', '2. 2016–2017 的留学和求职空档已经写明，避免 HR 误以为是断档；', '3. 咨询公司看重成果，建议面试前准备 2–3 个项目的量化结果。', '', '需要我再帮你写一份 cover letter 吗？', '');
  return L.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// F. qq-log — QQ 消息管理器 "导出消息记录" as text: the export banner, 消息分组 / 消息对象 block, timestamped messages
// with nicknames (not real names), the CV pasted as one long message, the other side's phone number. CRLF.
export function qqLog(p: Person): string {
  const L: string[] = ['消息记录（此消息记录为文本格式，不支持重新导入）', '', '================================================================'];
  const jobs = newest(p);
  if (p.id === 'p08') {
    const me = p.facts.qqNick, hr = p.facts.hrNick;
    L.push('消息分组:我的好友', '================================================================', `消息对象:${hr}`, '================================================================', '');
    L.push('2026-11-16 20:38:12 ' + hr, '你好，我是澜湾科技的刘主管，BOSS上看到你的简历，方便发一份详细的吗？岗位是人力资源经理，汇报给总经理', '');
    L.push('2026-11-16 20:41:07 ' + me, '刘主管您好！好的，我先发文字版给您，PDF附件稍后邮箱发', '');
    const cv = [
      '个人简历',
      `姓名：${p.name}　　性别：${p.facts.gender}　　出生年月：${p.facts.born}`,
      `籍贯：${p.facts.hometown}　　学历：本科　　现居：${p.facts.address}`,
      `手机：${p.phoneLocal}（微信同号）　　邮箱：${p.email}`,
      '求职意向：人力资源经理 / HRBP（深圳）',
      '',
      '【工作经历】',
      ...jobs.flatMap((j) => [`${dotted(j.start)}-${j.end ? dotted(j.end) : '至今'}　${j.company}　${j.title}`, ...j.bullets.map((b, i) => `${i + 1}、${b}`)]),
      '',
      '【教育背景】',
      `${dotted(p.education[0].start)}-${dotted(p.education[0].end)}　${p.education[0].school}　${p.education[0].degree}`,
      '',
      '【专业技能】',
      skills(p).join('；'),
      '',
      '【证书】' + p.certs.join('、'),
      '【语言】' + p.languages.join('、'),
    ];
    L.push('2026-11-16 20:43:55 ' + me, ...cv, '');
    L.push('2026-11-16 20:52:30 ' + hr, '收到，经历挺匹配的。我电话 ' + p.facts.hrPhone + '，明天上午方便电话沟通吗？', '');
    L.push('2026-11-16 20:53:02 ' + me, '方便的，10点以后都可以[表情]', '');
    L.push('2026-11-17 10:06:41 ' + hr, '[图片]', '面试地址发你了，周四下午2点，到前台说找刘主管就行', '');
    L.push('2026-11-17 10:07:15 ' + me, '好的收到，谢谢刘主管！', '');
  } else {
    const me = p.facts.qqNick, fr = '周铭-星汉数据';
    L.push('消息分组:大学同学', '================================================================', `消息对象:${fr}`, '================================================================', '');
    L.push('2026-11-20 22:14:09 ' + fr, '简历发我一下，我们组在招 AI 平台负责人，我直接内推给 HRBP', '');
    L.push('2026-11-20 22:16:48 ' + me, '好，我贴个文字版，英文混着写的别介意', '');
    const cv = [
      `${p.name} Ethan Shen`,
      `手机 ${p.phoneLocal} | ${p.email} | 上海 | GitHub: ${p.facts.github}`,
      '',
      '工作经历 Experience',
      ...jobs.flatMap((j) => [`${dotted(j.start)} - ${j.end ? dotted(j.end) : '至今'}  ${j.company}  ${j.title} / ${j.titleEn}`, ...j.bullets.map((b) => `- ${b}`)]),
      '',
      'Skills: ' + skills(p).join(', '),
      '',
      '教育 Education',
      ...p.education.map((e) => `${dotted(e.start)} - ${dotted(e.end)}  ${e.school}  ${e.degree}`),
      '',
      '证书：' + p.certs.join('; ') + '　语言：' + p.languages.join('; '),
    ];
    L.push('2026-11-20 22:17:30 ' + me, ...cv, '');
    L.push('2026-11-20 22:25:51 ' + fr, '可以，很硬。我推给 HR 了，HR 邮箱 talent@xinghan-data.cn，你也可以直接发个 PDF。有事打我 139 1672 0485', '');
    L.push('2026-11-20 22:26:20 ' + me, '谢了兄弟，回头请你吃饭', '');
  }
  return L.join('\r\n') + '\r\n';
}

// ─────────────────────────────────────────────────────────────────────────────
// G. fedi-thread — a #GetFediHired thread on Mastodon, copied from the web interface: display name with pronouns,
// handle, "(n/6)" posts with hashtags, timestamp / boosts / favourites lines, and replies from other people.
export function fediThread(p: Person): string {
  const j = newest(p);
  const head = [`${p.name} (${p.facts.pronouns})`, p.facts.handle, ''];
  const meta = (t: string, b: number, f: number) => ['', `${t} · 🌐 · Web`, `${b}`, 'boosts', `${f}`, 'favorites', '', ''];
  const posts = [
    `#GetFediHired 🧵 (1/6)\n\nHi fedi! I'm Devon (they/them), a principal backend / platform engineer in Portland, OR (US Pacific). My role at Quillmate is being eliminated at the end of the year, so I'm looking for a full-time remote (US) or Portland-hybrid staff/principal role. Boosts very welcome 💜\n\n#FediHire #GoLang #RustLang #SRE`,
    `(2/6) Where I am now:\n\n${j[0].title} @ ${j[0].company} (${monY(j[0].start)} – now). ${j[0].bullets.join(' ')}\n\nBefore that, ${j[1].title} @ ${j[1].company} (${monY(j[1].start)} – ${monY(j[1].end!)}, fully remote): ${j[1].bullets.join(' ')}`,
    `(3/6) Earlier:\n\n• ${j[2].company} — ${j[2].title}, ${monY(j[2].start)} – ${monY(j[2].end!)}. ${j[2].bullets[0]}\n• ${j[3].company} — ${j[3].title}, ${monY(j[3].start)} – ${monY(j[3].end!)}. ${j[3].bullets[0]}\n• and a summer internship at ${j[4].company}, ${MON[5]}–${MON[7]} 2014, where I wrote my first Go.`,
    `(4/6) Stuff I'm good at:\n\n${skills(p).join(' · ')}\n\nStuff I'd rather not do: crypto, adtech, anything surveillance-shaped.`,
    `(5/6) ${p.education[0].degree}, ${p.education[0].school} (${y(p.education[0].end)}). ${p.certs[0]}. I also speak conversational Spanish and have given talks on tracing and incident reviews.`,
    `(6/6) Get in touch:\n\n📧 ${p.email}\n📞 ${p.phoneLocal} (call or text, Pacific hours)\n📄 résumé: https://${p.facts.site}/cv\n🐙 ${p.facts.github}\n\nThanks for reading and boosting! #GetFediHired`,
  ];
  const stamps = ['Nov 18, 2026, 09:12 AM · Edited', 'Nov 18, 2026, 09:14 AM', 'Nov 18, 2026, 09:15 AM', 'Nov 18, 2026, 09:17 AM', 'Nov 18, 2026, 09:18 AM', 'Nov 18, 2026, 09:20 AM'];
  const out: string[] = [];
  posts.forEach((t, i) => out.push(...head, t, ...meta(stamps[i], [41, 12, 9, 15, 6, 33][i], [58, 20, 14, 22, 11, 47][i])));
  out.push(
    'Priya Nand',
    '@priyan@hachyderm.io',
    '',
    '@dwhit boosted! We have a staff SRE opening on our platform team (remote US). Email me at priya.nand@kestrelworks.io and mention this thread.',
    '',
    'Nov 18, 2026, 10:02 AM · 🌐 · Web',
    '3',
    'boosts',
    '9',
    'favorites',
    '',
    'Marcus Oyelaran',
    '@moyelaran@mastodon.online',
    '',
    '@dwhit worked with Devon at Tidepool — best on-call partner I ever had. Hire them.',
    '',
    'Nov 18, 2026, 11:40 AM · 🌐 · Web',
    '5',
    'boosts',
    '27',
    'favorites',
    '',
  );
  return out.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// H. mutt-reply — a plain-text e-mail (as saved from mutt) where the CV was sent in the body and the reply comments
// inline between quoted lines ("> "), format=flowed, signature with other people's numbers. p01: recruiter's reply
// to the candidate; p02: the candidate's answer to the recruiter's inline questions (CV quoted twice, "> > ").
export function muttReply(p: Person): string {
  const jobs = newest(p);
  if (p.id === 'p01') {
    const q = (s: string) => (s ? `> ${s}` : '>');
    const cv: string[] = [
      'Dear Hugh,',
      '',
      'Thank you for the call on Friday. As you asked, my CV is below in plain',
      'text so it comes through on your phone.',
      '',
      `${p.name.toUpperCase()}`,
      `Plant Metallurgy Superintendent | ${p.city}`,
      `Mobile ${p.phoneLocal} | ${p.email}`,
      '',
      'PROFILE',
      ...wrap(p.summary, 70),
      '',
      'EXPERIENCE',
      '',
    ];
    const out: string[] = [
      `Date: Tue, 17 Nov 2026 08:43:12 +0800`,
      `From: ${p.facts.recruiter} <${p.facts.recruiterEmail}>`,
      `To: ${p.name} <${p.email}>`,
      `Cc: Priya Sandhu <priya.sandhu@ridgeline-search.com.au>`,
      `Subject: Re: Application – Senior Metallurgist, Pilbara operations (Ref. RS-2611)`,
      `Message-ID: <20261117004312.GA48211@ridgeline-search.com.au>`,
      `User-Agent: Mutt/2.2.12 (2023-09-09)`,
      '',
      'Hi Catalina,',
      '',
      "Thanks — this is a strong CV. A few questions inline before I put you",
      "forward to the client on Thursday.",
      '',
      'Cheers,',
      'Hugh',
      '',
      `On Mon, Nov 16, 2026 at 09:14:05PM -0300, ${p.name} wrote:`,
      ...cv.map(q),
    ];
    const comments = [
      'Is the USD 31 M area budget OPEX only, or does it include sustaining',
      'capital? The client will ask.',
    ];
    jobs.forEach((j, i) => {
      out.push(q(`${j.company} — ${j.city}`), q(`${j.title}, ${monthY(j.start)} – ${j.end ? monthY(j.end) : 'present'}`));
      for (const b of j.bullets) wrap(`- ${b}`, 68).forEach((l, k) => out.push(q(k ? `  ${l}` : l)));
      if (i === 0) out.push('', ...comments, '');
      else if (i === 2) out.push('', 'Two roles at Quebrada Honda — good, shows a promotion. Keep both.', '');
      else out.push(q(''));
    });
    out.push(q('EDUCATION'));
    for (const e of p.education) out.push(q(`${e.degree}`), q(`  ${e.school}, ${e.city} (${y(e.start) === y(e.end) ? y(e.end) : `${y(e.start)}–${y(e.end)}`})`));
    out.push(q(''), q('TECHNICAL SKILLS'), ...wrap(skills(p).join(', '), 68).map(q), q(''), q('LANGUAGES'), ...p.languages.map(q), q(''), q('CERTIFICATES'), ...p.certs.map(q), q(''));
    out.push('', 'Notice period is 30 days — can you confirm that holds for a FIFO', 'role starting in February?', '');
    out.push(q('Kind regards,'), q('Catalina'), '', '-- ', `${p.facts.recruiter} | Principal Consultant, Mining & Resources`, 'Ridgeline Search | Level 9, 190 St Georges Tce, Perth WA 6000', `T ${p.facts.recruiterPhone} | M +61 491 570 159 | ${p.facts.recruiterEmail}`, '');
    return out.join('\n');
  }
  // p02: the candidate answers the recruiter's questions; her CV is quoted twice.
  const qq = (s: string) => (s ? `> > ${s}` : '> >');
  const out: string[] = [
    'Date: Wed, 18 Nov 2026 07:55:31 +0000',
    `From: ${p.name} <${p.email}>`,
    `To: ${p.facts.recruiter} <${p.facts.agencyEmail}>`,
    'Subject: Re: Lead Analyst role (Swansea) – a few questions on your CV',
    'In-Reply-To: <CAB9x7Qq2026111716204112@mail.talentbridge-rec.co.uk>',
    'User-Agent: Mutt/2.2.13 (2024-03-09)',
    'Content-Type: text/plain; charset=utf-8; format=flowed',
    '',
    'Morning Mark,',
    '',
    'Answers below. Happy to chat any time after 10.',
    '',
    'Rhiannon',
    '',
    `On Tue, Nov 17, 2026 at 04:20:41PM +0000, ${p.facts.recruiter} wrote:`,
    '> Hi Rhiannon – thanks for sending this over. I have been through the CV',
    '> below and have a couple of questions inline before it goes to the',
    '> client.',
    '>',
    `> On Mon, Nov 16, 2026 at 10:05:17PM +0000, ${p.name} wrote:`,
    qq(p.name.toUpperCase()),
    qq(`${p.city} | ${p.phoneLocal} | ${p.email} | ${p.facts.site}`),
    qq(''),
    qq('PROFILE'),
    ...wrap(p.summary, 66).map(qq),
    qq(''),
    qq('EMPLOYMENT'),
  ];
  jobs.forEach((j, i) => {
    out.push(qq(''), qq(`${j.company}, ${j.city}`), qq(`${j.title}, ${monY(j.start)} - ${j.end ? monY(j.end) : 'present'}`));
    for (const b of j.bullets) wrap(`* ${b}`, 64).forEach((l, k) => out.push(qq(k ? `  ${l}` : l)));
    if (i === 1) {
      out.push('>', '> There is a gap before Severnside (Nov 18 - Aug 19) - can you say a bit', '> more about it? Clients always ask.', '', 'It was a career break - I was a full-time carer for my dad. It is on the', 'CV as a line further down; happy to talk about it.', '');
      const g = p.gaps![0];
      out.push(qq(`Career break, ${monY(g.start)} - ${monY(g.end)}: ${g.text.replace('Career break — ', '')}`));
    }
    if (i === 0) out.push('>', '> Is the team of four permanent staff or associates?', '', 'Two permanent, two associates on call-off contracts.', '');
  });
  out.push(qq(''), qq('SKILLS'), ...wrap(skills(p).join(' / '), 64).map(qq), qq(''), qq('EDUCATION'));
  for (const e of p.education) out.push(qq(`${e.degree}, ${e.school} (${y(e.end)})`));
  out.push(qq(''), qq('LANGUAGES: ' + p.languages.join('; ')), qq(''), '>', '> Thanks,', '> Mark', '> --', `> ${p.facts.recruiter} | Senior Consultant, Public Sector Analytics`, `> ${p.facts.agency} | ${p.facts.agencyPhone}`, '');
  return out.join('\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// J. npx-card — the terminal output of `npx <name>` (a developer's "business card" package drawn with a boxen box),
// copied from the terminal: npm's install prompt, the box with CJK-width padding, the shell prompt.
export function npxCard(p: Person): string {
  const jobs = newest(p);
  const inner: string[] = [
    '',
    `   ${p.name} / Ethan Shen`,
    `   ${jobs[0].title} Head of Engineering @ ${jobs[0].company}`,
    '',
    `       Email:  ${p.email}`,
    `       Phone:  +86 ${p.phoneLocal}`,
    `      GitHub:  https://${p.facts.github}`,
    `      WeChat:  ${p.facts.wechat}`,
    '',
    '  Experience:',
    ...jobs.map((j) => `   ${dotted(j.start)} – ${j.end ? dotted(j.end) : 'now    '}  ${j.company} · ${j.title}`),
    '',
    `  Skills:  ${skills(p).slice(0, 5).join(' · ')}`,
    `           ${skills(p).slice(5).join(' · ')}`,
    '',
    `  Education:  ${p.education[0].degree}, ${p.education[0].school} (${y(p.education[0].end)})`,
    `              ${p.education[1].degree}, ${p.education[1].school} (${y(p.education[1].end)})`,
    '',
    `  Languages:  ${p.languages.join(' · ')}`,
    `  Certs:      ${p.certs.join(' · ')}`,
    '',
    '  Card: npx ethan-shen',
    '',
  ];
  const w = Math.max(...inner.map(cols)) + 3;
  const box = [`   ╭${'─'.repeat(w)}╮`, ...inner.map((l) => `   │${l}${' '.repeat(w - cols(l))}│`), `   ╰${'─'.repeat(w)}╯`];
  return [
    'ethan@Ethans-MBP ~ % npx ethan-shen',
    'Need to install the following packages:',
    'ethan-shen@1.3.0',
    'Ok to proceed? (y) y',
    '',
    'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
    '',
    ...box,
    '',
    'ethan@Ethans-MBP ~ % ',
  ].join('\n');
}
