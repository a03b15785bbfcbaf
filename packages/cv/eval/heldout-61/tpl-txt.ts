/** heldout-61 — the plain-text templates (written as UTF-8 .txt). */
import type { Person } from './people.ts';
import { fmt, range, newestFirst, skillList, type DateStyle } from './lib.ts';

const wrap = (s: string, width = 72, indent = ''): string => {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(/\s+/)) {
    if ((line + ' ' + w).trim().length > width - indent.length) { out.push(indent + line.trim()); line = w; } else line += ' ' + w;
  }
  if (line.trim()) out.push(indent + line.trim());
  return out.join('\n');
};

// ───────────────────────────── site-resume-txt (p01, p07) ─────────────────────────────
/** resume.txt served from a personal web site: anti-spam e-mail ("(at)", "[dot]"), phones in international form split
 *  into unusual groups, postal code beside the phone, 72 columns. */
export function siteResumeTxt(p: Person): string {
  const p01 = p.id === 'p01';
  const rule = '-'.repeat(72);
  const style: DateStyle = p01 ? 'YYYY-MM' : 'Mon YYYY';
  const head = p01
    ? [`${p.name}, PhD`, 'Health data scientist -- Bristol, UK', rule,
      '  Web     https://fairweather-quinn.org.uk/        (this file: /resume.txt)',
      '  Mail    eleanor (at) fairweather-quinn (dot) org (dot) uk',
      '          work: e.fairweather-quinn (at) clearwater-health (dot) co (dot) uk',
      '  Phone   +44 7700 900 417 (mobile)    +44 117 496 0382 (home, evenings)',
      `  Post    27 Chandos Road, Bristol ${p.postcode}`,
      `  Code    github.com/${p.handle}`, rule,
      'Plain-text CV, last updated 2026-11-02. A typeset PDF is at /cv.pdf.']
    : [`${p.name}  (${p.nameAlt})`, 'Localization program manager -- Yokohama, Japan', rule,
      `  Web     https://${p.web}/          (plain text: /resume.txt)`,
      '  Mail    keiko [at] yamamoto [dot] tokyo',
      '          work: k.yamamoto [at] kaizenlingo [dot] com',
      '  Tel     +81 90 4417 2836 (mobile)  /  +81 45 548 3190 (home)',
      `  Post    〒${p.postcode} Minatomirai, Nishi-ku, Yokohama`, rule,
      'Text version of my resume. Updated 2026-11-02.'];
  const jobs = newestFirst(p.work).map((j) => [
    `${range(j, style, ' to ', 'present').padEnd(22)}${j.title}`,
    `${''.padEnd(22)}${j.company}, ${j.town}`,
    ...j.bullets.map((b) => wrap(b, 72, ''.padEnd(22) + '  ').replace(/^(\s*)  /, '$1* ')),
    '',
  ].join('\n')).join('\n');
  const edu = [...p.education].reverse().map((e) => `${`${fmt(e.start, style)} to ${fmt(e.end, style)}`.padEnd(22)}${e.degree}\n${''.padEnd(22)}${e.school}, ${e.town}`).join('\n');
  return [
    ...head, '', 'SUMMARY', '', wrap(p.summary, 72, '  '), '',
    'EXPERIENCE', '', jobs,
    'EDUCATION', '', edu, '',
    'SKILLS', '', wrap(skillList(p).join(', '), 72, '  '), '',
    'LANGUAGES', '', `  ${p.languages.join('; ')}`, '',
    'CERTIFICATIONS', '', ...p.certs.map((c) => `  ${c}`), '',
    '-- ', p01 ? 'Please do not add this address to mailing lists.' : 'Japanese version available on request. 日本語版もあります。', '',
  ].join('\n');
}

// ───────────────────────────── sms-export (p04, p05) ─────────────────────────────
/** A text-message thread exported from the recruiter's / supervisor's phone: the candidate is the other party (his number
 *  in the export heading), the CV typed into messages; the exporter's own and office numbers appear too. */
export function smsExport(p: Person): string {
  if (p.id === 'p04') {
    const jobs = newestFirst(p.work).map((j) => `${range(j, 'Mon YYYY', ' to ', 'now')}\n${j.title}, ${j.company} (${j.town})\n${j.bullets.map((b) => `- ${b}`).join('\n')}`).join('\n\n');
    return [
      'Messages export',
      'Conversation with: Pieter vd Westhuizen <+27 82 555 0147>',
      'Exported: 2026/11/18 09:14 by Marthinus Botha (iPhone) · 14 messages',
      '',
      '2026/11/17 16:02  Marthinus Botha (me)',
      'Hi Pieter, Marthinus from Acacia Finance Recruitment here. Lindiwe gave me your number. I have a group FC / CFO-designate role in Centurion that looks like a fit. Can you send me a CV? My direct line is 012 555 0190 if easier.',
      '',
      '2026/11/17 16:40  Pieter vd Westhuizen',
      "Hi Marthinus, thanks for reaching out. Laptop is in for repairs so here's the CV as text, hope that works.",
      '',
      '2026/11/17 16:44  Pieter vd Westhuizen',
      `${p.name.toUpperCase()} ${p.postNominals}`,
      `${p.headline}`,
      `Cell ${p.mobile} | ${p.email}`,
      `${p.street}, ${p.town} ${p.postcode}`,
      `ID ${p.idNo} | Code EB licence`,
      '',
      'PROFILE',
      p.summary,
      '',
      '2026/11/17 16:45  Pieter vd Westhuizen',
      'EXPERIENCE',
      jobs,
      '',
      '2026/11/17 16:47  Pieter vd Westhuizen',
      'EDUCATION',
      ...[...p.education].reverse().map((e) => `${e.degree}, ${e.school} (${e.end.slice(0, 4)})`),
      'SAICA: CA(SA), board exams 2012',
      '',
      'SKILLS',
      skillList(p).join(' / '),
      '',
      `LANGUAGES: ${p.languages.join(', ')}`,
      '',
      '2026/11/17 16:48  Pieter vd Westhuizen',
      "References on request. Work number is 012 346 7720 but rather use my cell during the day.",
      '',
      '2026/11/17 17:05  Marthinus Botha (me)',
      "Perfect, thanks Pieter. I'll format it and send to the client tomorrow. Will call you on the cell.",
      '',
    ].join('\n');
  }
  const jobs = newestFirst(p.work).map((j) => `${range(j, 'Mon YYYY', ' - ', 'current')}  ${j.title}, ${j.company} (${j.town})\n${j.bullets.map((b) => `  - ${b}`).join('\n')}`).join('\n');
  return [
    `SMS conversation with Lachie O'Donnell (+61412555873)`,
    'Exported with SMS Backup & Print · 14/11/2026 9:02 pm · 11 messages',
    '',
    "[14/11/2026 6:12 pm] Me: Lachie mate, Brett here from Kwinana Shutdown Services (0400 555 228). Need a senior E&I for the Feb shutdown, 3 weeks. Can you flick me your resume? Office email is down so just text it",
    "[14/11/2026 6:40 pm] Lachie O'Donnell: No worries Brett. Here goes, bit long",
    `[14/11/2026 6:41 pm] Lachie O'Donnell: ${p.name.toUpperCase()}\nSenior E&I Technician / A-grade electrician\nMob ${p.mobile}  Home ${p.home}\n${p.email}\n${p.town} ${p.postcode}\nEW 154287 | Car C 7654321`,
    `[14/11/2026 6:43 pm] Lachie O'Donnell: EMPLOYMENT\n${jobs}`,
    `[14/11/2026 6:45 pm] Lachie O'Donnell: SKILLS\n${skillList(p).map((s) => `- ${s}`).join('\n')}\nTICKETS\n${p.certs.map((c) => `- ${c}`).join('\n')}\nTRAINING\n${[...p.education].reverse().map((e) => `- ${e.degree} (${e.school}, ${e.end.slice(0, 4)})`).join('\n')}`,
    `[14/11/2026 6:46 pm] Lachie O'Donnell: Referees\n${p.referees!.map((r) => `${r.name} - ${r.role} - ${r.phone}`).join('\n')}`,
    '[14/11/2026 6:52 pm] Me: Legend. Rates are $68/hr + LAFHA. Will ring you Monday',
    "[14/11/2026 6:53 pm] Lachie O'Donnell: Sweet. I'm on nights till Sunday so after 3pm is best",
    '',
  ].join('\n');
}

// ───────────────────────────── jiji-cv (p06) ─────────────────────────────
/** A CV listed on Jiji.ng (Nigerian classifieds, "CVs" category), copied from the page: breadcrumb, attribute list,
 *  the CV in the description, seller box with "Show contact". */
export function jijiCv(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `* ${j.title} — ${j.company}, ${j.town}\n  ${range(j, 'Month YYYY', ' till ', 'date')}\n${j.bullets.map((b) => `  - ${b}`).join('\n')}`).join('\n');
  return [
    'Jiji.ng  >  Lagos  >  Ikeja  >  Jobs  >  CVs  >  Engineering & Architecture CVs',
    '',
    'RF Planning / Optimisation Engineer — 15 years (LTE, 5G)',
    'Ikeja, Lagos, 2 hours ago · 118 views',
    '',
    'Gender                      Male',
    'Age                         39',
    'Work Experience             More than 10 years',
    'Highest Level of Education  Bachelor',
    'Job Type                    Full-time',
    'Expected Salary             ₦ 1,800,000 per month',
    'Skills                      ' + skillList(p).join(', '),
    '',
    'Description',
    '',
    `ENGR. ${p.name.toUpperCase()}, MNSE`,
    `${p.street}, Lagos`,
    `GSM: ${p.mobile} (WhatsApp) / ${p.home}`,
    `Email: ${p.email}`,
    '',
    'PROFILE',
    p.summary,
    '',
    'WORK EXPERIENCE',
    jobs,
    '',
    'EDUCATION',
    `${p.education[0].degree}, ${p.education[0].school} (2009)`,
    'NYSC: completed 2010 (Kaduna)',
    '',
    'CERTIFICATIONS',
    ...p.certs.map((c) => `- ${c}`),
    '',
    `LANGUAGES: ${p.languages.join(', ')}`,
    '',
    'Referees available on request.',
    '',
    '----------------------------------------',
    'Chukwuemeka O.',
    'Jiji user for 4y 2m · Typically replies within a few hours',
    '[ Show contact ]  080****917',
    '[ Start chat ]',
    '',
    'Safety tips',
    '- Avoid paying in advance, even for delivery',
    '- Meet with the seller at a safe public place',
    '- Only pay if you\'re satisfied',
    '',
    'Ad ID: 4471958823 · Report abuse',
    '',
  ].join('\n');
}

// ───────────────────────────── feishu-chat (p08, p09) ─────────────────────────────
/** 从飞书（Lark）聊天窗口多选复制出来的聊天记录：猎头 / HR 的座机与手机在消息里，候选人把简历贴成一条长消息，
 *  最后才说出自己的手机号（微信同号）。 */
export function feishuChat(p: Person): string {
  const p08 = p.id === 'p08';
  const other = p08 ? '王倩（北燕猎头）' : 'Cindy 陈（拾光里前同事 → 现 HR）';
  const style: DateStyle = p08 ? 'zh' : 'YYYY.MM';
  const jobs = newestFirst(p.work).map((j) => {
    const when = p08 ? (j.end ? `${fmt(j.start, style)}—${fmt(j.end, style)}` : `${fmt(j.start, style)}至今`) : `${fmt(j.start, style)}—${j.end ? fmt(j.end, style) : '至今'}`;
    return `${when}　${j.company}　${j.title}\n${j.bullets.map((b, i) => `  ${i + 1}. ${b}`).join('\n')}`;
  }).join('\n');
  const cv = [
    `【个人简历】${p.name}`,
    p08 ? `男｜1986年｜北京｜注册会计师｜求职意向：财务经理/财务总监` : `女｜1993年｜上海｜本科｜求职意向：新媒体运营经理/内容营销负责人`,
    `邮箱：${p.email}${p08 ? `（常用）；工作邮箱 ${p.email2}` : `；QQ邮箱 ${p.email2}`}`,
    '',
    '【工作经历】',
    jobs,
    '',
    '【教育背景】',
    ...p.education.map((e) => `${fmt(e.start, 'YYYY.MM')}-${fmt(e.end, 'YYYY.MM')}　${e.school}　${e.degree}`),
    '',
    '【专业技能】',
    skillList(p).join('、'),
    '',
    '【证书】' + p.certs.join('、'),
    '【语言】' + p.languages.join('、'),
  ].join('\n');
  const lines = p08 ? [
    [other, '2026年11月16日 14:02', '欧阳先生您好，我是北燕猎头的王倩，座机 010-5555 0712，手机 138 0555 2290。现在有一家上市公司在招集团财务总监，想跟您聊聊，方便发一份简历吗？'],
    [p.name, '11月16日 14:20', '王经理好，附件在公司电脑上不方便传，我直接贴文字版给您。'],
    [p.name, '11月16日 14:21', cv],
    [other, '11月16日 14:35', '收到，谢谢！方便留个手机吗？我约一下客户HR和您电话沟通。'],
    [p.name, '11月16日 14:37', `手机：${p.mobile}（微信同号），工作时间请尽量微信留言，办公室电话 ${p.office} 就不要打了 😄`],
    [other, '11月16日 14:38', '好的，明白👌'],
  ] : [
    [other, '2026年11月12日 10:15', '晓岚！我们品牌部在招内容营销负责人，我觉得你特别合适，简历发我一下？我工位座机 021-5555 3081'],
    [p.name, '11月12日 10:41', '哈哈好久不见～我贴一下文字版，PDF晚上发你邮箱'],
    [p.name, '11月12日 10:42', cv],
    [other, '11月12日 10:50', '太好了，HR系统里要填手机号，你现在号码没换吧？'],
    [p.name, '11月12日 10:52', `没换，还是 ${p.mobile}，微信也是这个`],
  ];
  return [`聊天记录：${other} 与 ${p.name}`, '导出自 飞书 · 共 ' + lines.length + ' 条消息', '——————————————————', '', ...lines.map(([who, when, msg]) => `${who}  ${when}\n${msg}\n`)].join('\n');
}

// ───────────────────────────── mobile01-post (p10) ─────────────────────────────
/** Mobile01 討論區「職場甘苦」求職文（繁體）：E-mail 寫成「小老鼠」、手機分段寫、回文裡有別家公司 HR 的電話。 */
export function mobile01Post(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `▍${j.company}｜${j.title}\n　${fmt(j.start, 'YYYY/MM')}～${j.end ? fmt(j.end, 'YYYY/MM') : '現在'}\n${j.bullets.map((b) => `　・${b}`).join('\n')}`).join('\n\n');
  return [
    'Mobile01 › 生活娛樂 › 職場甘苦',
    '',
    '[求職] 半導體製程整合 12 年經驗，尋新竹／竹南機會（附履歷）',
    '',
    'yizhen_tsai　　2026-11-12 21:47　　#1',
    '',
    '各位前輩好，潛水多年第一次發文。',
    '目前在竹科做製程整合，想找新竹或竹南的主任工程師職缺，也歡迎獵頭私訊。以下是履歷，已去掉敏感資訊，請鞭小力一點 🙏',
    '',
    '━━━━━━━━━━━━━━━━',
    `${p.name}（${p.nameAlt}）`,
    `${p.headline}｜新竹市東區`,
    '',
    '手機：0928.516.304（上班時間請傳簡訊／LINE 同號）',
    `E-mail：yizhen.tsai 小老鼠 ms57.hinet.net（小老鼠請改成 @）`,
    '',
    '【自我介紹】',
    p.summary,
    '',
    '【工作經歷】',
    jobs,
    '',
    '【學歷】',
    ...[...p.education].reverse().map((e) => `${e.school}　${e.degree}（${e.start.slice(0, 4)}～${e.end.slice(0, 4)}）`),
    '',
    '【專業技能】',
    skillList(p).join('／'),
    '',
    '【語言／證照】',
    [...p.languages, ...p.certs].join('；'),
    '━━━━━━━━━━━━━━━━',
    '',
    '謝謝大家看完！',
    '',
    '148 回覆　·　2,861 瀏覽　·　分享',
    '',
    '---',
    'hsinchu_hr_amy　　2026-11-13 08:12　　#2',
    '我們竹南廠 PIE 有缺喔，履歷可以寄 recruit.pie@example-semi.com.tw，或上班時間打 037-555-213 分機 1602 找林小姐～',
    '',
    '---',
    '竹科老鳥　　2026-11-13 12:40　　#3',
    '經歷很漂亮，28 奈米蝕刻轉移加上 8D 經驗現在很搶手，推一個。',
    '',
  ].join('\n');
}

// ───────────────────────────── carousell (p11, p13) ─────────────────────────────
/** A "looking for job" listing on Carousell (Hong Kong in 繁體, Singapore in English) copied from the web page:
 *  price field, meet-up line, seller card with @handle and "Verified" badges, safety text. */
export function carousell(p: Person): string {
  if (p.id === 'p11') {
    const jobs = newestFirst(p.work).map((j) => `${fmt(j.start, 'zh')} – ${j.end ? fmt(j.end, 'zh') : '現在'}\n${j.company}｜${j.title}\n${j.bullets.map((b) => `- ${b}`).join('\n')}`).join('\n\n');
    return [
      'Carousell › 工作 › 求職',
      '',
      '【求職】物流營運經理／倉務經理　14 年經驗　全職',
      'HK$ 1',
      '',
      '詳細資料',
      '類別　求職 · 全職',
      '地區　荃灣',
      '刊登於 3 日前 · 由 @kaho_au89',
      '',
      '描述',
      `${p.name}（${p.nameAlt}）`,
      `手提／WhatsApp：${p.mobile}`,
      `電郵：${p.email}`,
      '',
      '【簡介】',
      p.summary,
      '',
      '【工作經驗】',
      jobs,
      '',
      '【學歷】',
      `${p.education[0].school}　${p.education[0].degree}（2012）`,
      '',
      '【技能】',
      skillList(p).join('、'),
      '',
      '【語言】' + p.languages.join('、'),
      '【證書】' + p.certs.join('、'),
      '',
      '希望月薪：HK$45,000 或面議　通知期：一個月',
      '',
      '────────',
      '@kaho_au89',
      '★ 5.0（12 個評價）· 加入 7 年 · 已驗證：電郵、電話',
      '[ 傾偈 ]   [ 提出報價 ]',
      '',
      '安全提示：切勿在交收前付款。Carousell 客戶服務不會以 WhatsApp 聯絡你。',
      '',
    ].join('\n');
  }
  const jobs = newestFirst(p.work).map((j) => `${range(j, 'Mon YYYY', ' - ', 'present')}\n${j.title}, ${j.company}\n${j.bullets.map((b) => `- ${b}`).join('\n')}`).join('\n\n');
  return [
    'Carousell  ›  Jobs  ›  Looking for Jobs',
    '',
    '[Looking for job] Clinical Trial Manager / Senior CRA — 13 yrs, open to hybrid',
    'S$1',
    '',
    'Details',
    'Category   Looking for Jobs · Full-time',
    'Meet-up    Bukit Batok MRT / online',
    'Listed 5 days ago by @jolene_tjh',
    '',
    'Description',
    `${p.name} ${p.nameAlt}`,
    `HP ${p.mobile} (WhatsApp/Telegram, pls text first)`,
    `${p.email}`,
    '',
    'PROFILE',
    p.summary,
    '',
    'EXPERIENCE',
    jobs,
    '',
    'EDUCATION',
    `${p.education[0].degree}, ${p.education[0].school} (2013)`,
    '',
    'SKILLS',
    skillList(p).join(' · '),
    '',
    `LANGUAGES  ${p.languages.join(', ')}`,
    `CERT       ${p.certs.join(', ')}`,
    '',
    'Expected: S$9,500–10,500 · Notice 1 month · No agents pls',
    '',
    '────────',
    '@jolene_tjh',
    '★ 4.9 (23 reviews) · Joined 6 years ago · Verified: email, phone, Singpass',
    '[ Chat ]   [ Make offer ]',
    '',
    'Stay safe: never share your Singpass or OTP. Carousell will never ask for payment via chat.',
    '',
  ].join('\n');
}

// ───────────────────────────── hupu-post (p12) ─────────────────────────────
/** 虎扑步行街「求职」帖复制：邮箱写成 "#" 防爬（#换@），电话与微信同号，回帖里有别家公司 HR 的座机和邮箱。 */
export function hupuPost(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `${fmt(j.start, 'YYYY.M')}-${j.end ? fmt(j.end, 'YYYY.M') : '至今'}  ${j.company}  ${j.title}\n${j.bullets.map((b) => `  · ${b}`).join('\n')}`).join('\n');
  return [
    '虎扑 > 步行街主干道',
    '',
    '【求职】深圳 硬件测试 12年 求内推，附简历，JRs帮帮忙',
    '',
    '熙熙攘攘的廖　发表于 2026-11-15 22:31　IP属地：广东',
    '',
    '如题，本人在深圳做硬件测试十二年，目前公司业务收缩想换个环境，5G/通信/消费电子都可以，求各位JR内推！简历如下：',
    '',
    `姓名：${p.name}`,
    '年龄：35　学历：本科（电子信息工程）',
    `电话/微信：${p.mobile}（微信同号）`,
    '邮箱：liaojx_hw#163.com（#换成@，防爬）',
    '期望：深圳南山/宝安，月薪 28K 左右',
    '',
    '工作经历：',
    jobs,
    '',
    '专业技能：',
    skillList(p).map((s, i) => `${i + 1}. ${s}`).join('\n'),
    '',
    `教育：${p.education[0].school} ${p.education[0].degree}（2010-2014）`,
    `证书：${p.certs.join('、')}；${p.languages.join('、')}`,
    '',
    '亮了(36)　推荐(12)　回复(58)',
    '',
    '────────',
    '1楼　步行街老哥　2026-11-15 22:40',
    '顶一个，12年经验不愁的',
    '',
    '2楼　JR_91263　2026-11-16 09:12',
    '我司在招测试经理，简历发 hr_hw@example-tech.cn，或者打 0755-2555 8810 找刘工，说是虎扑来的',
    '',
    '3楼　熙熙攘攘的廖（楼主）　2026-11-16 09:30',
    '感谢老哥，已发！',
    '',
  ].join('\n');
}

// ───────────────────────────── mudah-ad (p14) ─────────────────────────────
/** A job-seeker ad on Mudah.my copied from the page: breadcrumb, Ad ID and price line, the CV in the description with
 *  the IC number, H/P and office number, the site's masked "Show number" button. */
export function mudahAd(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `${range(j, 'Mon YYYY', ' - ', 'present')} | ${j.company} | ${j.title}\n${j.bullets.map((b) => `  > ${b}`).join('\n')}`).join('\n');
  return [
    'mudah.my  >  Pulau Pinang  >  Jobs  >  Manufacturing',
    '',
    'Process Engineering Manager (SMT / Six Sigma BB) - available, 15 yrs',
    'RM 13,500 (expected, negotiable)',
    'Ad ID: 109876543  |  Posted: 16 Nov 2026 21:05  |  Bayan Lepas',
    '',
    'Job type: Full time  ·  Category: Manufacturing / Production',
    '',
    'Description',
    '',
    `Name : ${p.name}  ${p.nameAlt}`,
    `IC   : ${p.idNo}`,
    `H/P  : ${p.mobile}   Office: ${p.office}`,
    `Email: ${p.email}`,
    `Address: ${p.street}, ${p.postcode} ${p.town}`,
    '',
    'SUMMARY',
    p.summary,
    '',
    'WORKING EXPERIENCE',
    jobs,
    '',
    'EDUCATION',
    `${p.education[0].degree} - ${p.education[0].school} (2011)`,
    '',
    'SKILLS',
    skillList(p).map((s) => `- ${s}`).join('\n'),
    '',
    `LANGUAGES: ${p.languages.join(', ')}`,
    `CERT: ${p.certs.join(', ')}`,
    '',
    'Notice period 2 months. Serious employers only. 谢谢!',
    '',
    '--------------------------------',
    'Lim W J  ·  Private  ·  Member since 2015',
    '[ Show number ]  012-475 XXXX',
    '[ Chat ]',
    '',
    'Mudah.my will never ask you to make payment or transfer money. Report this ad.',
    '',
  ].join('\n');
}

// ───────────────────────────── kijiji-resume (p15) ─────────────────────────────
/** A Kijiji (Canada) "Resumes" category ad copied from the page: breadcrumb, title, posted/location/Ad ID line with the
 *  postal code, the résumé in the description, poster box. Name in both scripts. */
export function kijijiResume(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `${j.title} | ${j.company}, ${j.town}\n${range(j, 'Mon YYYY', ' – ', 'Present')}\n${j.bullets.map((b) => `• ${b}`).join('\n')}`).join('\n\n');
  return [
    'Kijiji  >  Ontario  >  Toronto (GTA)  >  Jobs  >  Resumes',
    '',
    'Bilingual CPA (English / Mandarin) – Accounting Manager seeking full-time role',
    `Posted 3 days ago · ${p.town} ${p.postcode} · Ad ID 1718842230`,
    'Job offered by: Owner · Job type: Full-time',
    '',
    'Description',
    '',
    `${p.nameAlt} 赵明轩, CPA`,
    `Cell: 647.555.0193   Home: 905.555.0127`,
    `Email: ${p.email}`,
    `WeChat: ${p.handle}`,
    '',
    'SUMMARY',
    p.summary,
    '',
    'EXPERIENCE',
    jobs,
    '',
    'EDUCATION',
    ...[...p.education].reverse().map((e) => `${e.degree} – ${e.school}, ${e.town} (${e.end.slice(0, 4)})`),
    '',
    'SKILLS',
    skillList(p).join(' • '),
    '',
    'DESIGNATIONS',
    p.certs.join('; '),
    '',
    'LANGUAGES',
    p.languages.join('; '),
    '',
    'Open to Markham / Richmond Hill / Downtown. No recruitment agencies please.',
    '',
    '------------------------------',
    'Max',
    'On Kijiji since 2017 · Usually responds within 1 hour',
    '[ Send message ]   [ Reveal phone number ]',
    '',
    'Report ad · Share',
    '',
  ].join('\n');
}

// ───────────────────────────── kleinanzeigen (p16) ─────────────────────────────
/** A "Stellengesuch" ad on Kleinanzeigen copied from the page: breadcrumb, PLZ + district, Anzeigen-ID, attribute list,
 *  the CV in the description (English), e-mail written "(at)", phone in German national format. */
export function kleinanzeigen(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `${j.end ? `${fmt(j.start, 'MM/YYYY')} – ${fmt(j.end, 'MM/YYYY')}` : `since ${fmt(j.start, 'MM/YYYY')}`}  ${j.title}\n    ${j.company}, ${j.town}\n${j.bullets.map((b) => `    - ${b}`).join('\n')}`).join('\n');
  return [
    'Kleinanzeigen  ›  Jobs  ›  Stellengesuche  ›  München',
    '',
    'Senior Embedded Software Engineer (AUTOSAR, C/C++) sucht neue Festanstellung ab 01.03.2027',
    '',
    `${p.postcode} München - Schwabing-Freimann`,
    '17.11.2026 · 214 Aufrufe',
    '',
    'Art            Stellengesuch',
    'Arbeitszeit    Vollzeit',
    'Beschäftigung  Festanstellung',
    'Anzeigen-ID    2894561730',
    '',
    'Beschreibung',
    '',
    'Hallo zusammen, hello everyone — CV below in English, German interview no problem.',
    '',
    `${p.name} · ${p.nameAlt}`,
    `${p.headline}`,
    `Mobil: ${p.mobile}  ·  E-Mail: haoran.sun(at)isarmail.de`,
    `Web: ${p.web}`,
    '',
    'PROFILE',
    p.summary,
    '',
    'EXPERIENCE',
    jobs,
    '',
    'EDUCATION',
    ...[...p.education].reverse().map((e) => `${fmt(e.start, 'MM/YYYY')} – ${fmt(e.end, 'MM/YYYY')}  ${e.degree}, ${e.school}`),
    '',
    'SKILLS',
    skillList(p).join(' | '),
    '',
    `LANGUAGES  ${p.languages.join(', ')}`,
    `CERTIFICATES  ${p.certs.join(', ')}`,
    '',
    'Keine Personalvermittler bitte / no recruitment agencies please.',
    '',
    '--------------------------------',
    'Haoran',
    'Privater Nutzer · Aktiv seit 14.02.2019 · Sehr freundlich',
    '[ Nachricht schreiben ]   [ Telefonnummer anzeigen ]',
    '',
    'Sicherheitshinweis: Kleinanzeigen fragt niemals nach Zahlungsdaten per E-Mail oder SMS.',
    '',
  ].join('\n');
}

export const txtTemplates = { siteResumeTxt, smsExport, jijiCv, feishuChat, mobile01Post, carousell, hupuPost, mudahAd, kijijiResume, kleinanzeigen };
