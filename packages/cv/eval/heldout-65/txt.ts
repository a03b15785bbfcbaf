/** heldout-65 — plain-text documents (UTF-8). */
import { personById, shown, type Person, type Job } from './people.ts';
import { mon, month, dotym, pad, m, y, newestFirst, MON } from './fmt.ts';

const sk = (p: Person) => p.skills.map(shown);
const LS = '\u2028'; // LINE SEPARATOR, as macOS textutil writes a manual line break
const NB = '\u00a0';

// ───────────────────────────── Hexo about-page source (p08, table) ─────────────────────────────
export function hexoAbout(): string {
  const p = personById('p08');
  const rows = newestFirst(p).map((j) => `| ${dotym(j.start)} ~ ${j.end ? dotym(j.end) : '至今'} | ${j.company} | ${j.dept} · ${j.title} |`).join('\n');
  const detail = newestFirst(p).map((j) => `### ${j.company}（${dotym(j.start)} ~ ${j.end ? dotym(j.end) : '至今'}）\n\n**${j.title}** · ${j.dept}\n\n${j.bullets.map((b) => `- ${b}`).join('\n')}\n`).join('\n');
  const s = sk(p);
  return `---
title: 关于我
date: 2019-06-02 21:14:37
updated: 2026-11-20 09:03:11
type: about
comments: false
---

{% note info %}
你好，我是 **周子航**，在上海的证券公司写交易系统的 Java 后端工程师。
这页是我的简历，**最近在看新的机会**（券商 / 量化私募的交易系统方向），欢迎联系。
{% endnote %}

## 联系方式

- 邮箱：[${p.email}](mailto:${p.email})
- 手机 / 微信：138-1762-4095（加微信请备注来意）
- GitHub：[zhouzh-dev](https://github.com/zhouzh-dev)

## 工作经历

| 时间 | 公司 | 部门 / 职位 |
| :-- | :-- | :-- |
${rows}

<!-- more -->

${detail}
## 技能

| 方向 | 技能 |
| :-- | :-- |
| 语言 / 框架 | \`${s[0]}\` \`${s[1]}\` |
| 中间件 | \`${s[3]}\` \`${s[4]}\` |
| 数据库 | \`${s[5]}\` \`${s[6]}\` |
| 其他 | \`${s[7]}\` \`${s[8]}\` \`${s[9]}\` \`${s[2]}\` |

## 教育

- 2010.09 ~ 2014.06　${p.education[0].school}　${p.education[0].degree}

## 证书

${p.certs.map((c) => `- ${c}`).join('\n')}

{% note warning %}
转载本站文章请注明出处。简历内容仅用于求职，请勿用于其他用途。
{% endnote %}
`;
}

// ───────────────────────────── neighbourhood-app post (p05, single) ─────────────────────────────
export function nextdoorPost(): string {
  const p = personById('p05');
  const by = new Map<string, Job[]>();
  for (const j of newestFirst(p)) by.set(j.company, [...(by.get(j.company) ?? []), j]);
  const xp = [...by.entries()].map(([c, js]) => `${c}, ${js[0].city.replace(', OH', '')}\n${js.map((j) => `  ${j.title} — ${MON[m(j.start) - 1]} ${y(j.start)} to ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'now'}`).join('\n')}`).join('\n');
  return `Clintonville · Columbus, OH
Home   For Sale & Free   Notifications

Dustin Kowalczyk
Clintonville · 2 d · Edited

Hi neighbors 👋 a bit different from my usual "whose dog is this" posts 😄

After three-plus years running a facilities team I'm looking for my next step — facilities maintenance supervisor, building engineer or HVAC service manager, north side or anywhere inside 270. If your workplace is hiring I'd really appreciate a referral. Résumé below, happy to email a PDF.

— — —
${p.name.toUpperCase()}
${p.phoneLocal} · ${p.email} · Clintonville, Columbus OH 43214

WHAT I DO
${p.summary}

EXPERIENCE
${xp}

SKILLS
${sk(p).join(' / ')}

LICENSES & CERTS
${p.certs.join(' / ')}

SCHOOL
${p.education.map((e) => `${e.school} — ${e.degree} (${y(e.end)})`).join('\n')}
— — —

Thanks for reading 🙏

Like   Comment   Share
❤️ 31 · 14 comments

Marcy T. · Beechwold
Dustin fixed our furnace last January when nobody else could come out. Hire this man! Also my husband's shop (Beechwold Plumbing & Heating) is always looking — call Rick at 614-262-4417.
1 d   Like   Reply

Greg H. · Old North Columbus
A couple of the big hospital systems just posted facilities supervisor jobs, worth a look.
1 d   Like   Reply

Dustin Kowalczyk · Clintonville
@Marcy T. thank you!! 🙏 I'll give Rick a call
20 h   Like   Reply
`;
}

// ───────────────────────────── game-art forum thread (p06, single) ─────────────────────────────
export function polycountPost(): string {
  const p = personById('p06');
  const xp = newestFirst(p).map((j) => `- ${j.company} — ${j.title} — ${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'now'}\n  ${j.bullets.join('; ')}`).join('\n');
  return `polycount
Forums › Community › Job Seeking & Freelance

[For Hire] Lead Technical Artist — Houdini / UE5 / Python — Montréal or remote (EST)

emiliet_ta
polycounter lvl 8
Joined Sep 2014 · Points 1,204
November 18, 2026 9:42PM   edited November 19, 2026

Hey all!

Our open-world project is being restructured, so I'm looking for my next lead / principal TA role — Montréal studios or fully remote on EST. Tools, PCG, shaders, performance, and making sure artists never have to wait on a build.

Portfolio: arthangar.com/emilietr
Reel (2026): vimeo.com/emilietr/reel2026

${p.name} — Lead Technical Artist
${p.phoneLocal} · ${p.email}

Experience
${xp}

Shipped: Shardfall (2020), Shardfall: Requiem (2023), Tidepool Puzzles 2 (2017). Early access: Lanterns of Ashgrove (2025).

Toolbox: ${sk(p).join(', ')}

School: ${p.education.map((e) => `${e.degree}, ${e.school} (${y(e.end)})`).join(' / ')}
Languages: ${p.languages.join(', ')}

Thanks for looking — DMs open, or email is best!

Reply   Quote   Like 12

Obscura_Rigs
polycounter lvl 3
November 19, 2026
Your foliage breakdown is still the best one on the forum. We're hiring a senior TA at Brightmoor Studio (Québec City), not lead though — ping me.

Reply   Quote

emiliet_ta
polycounter lvl 8
November 19, 2026
@Obscura_Rigs thank you!! sending you a DM 🙂
`;
}

// ───────────────────────────── Viva Engage internal-mobility post (p04, p07; single) ─────────────────────────────
export function vivaEngage(id: 'p04' | 'p07'): string {
  const p = personById(id);
  const fj = id === 'p04';
  const cur = p.work[p.work.length - 1];
  const d = (j: Job) => (fj ? `${MON[m(j.start) - 1]} ${y(j.start)}–${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'now'}` : `${pad(m(j.start))}.${y(j.start)} – ${j.end ? `${pad(m(j.end))}.${y(j.end)}` : 'present'}`);
  const lines = newestFirst(p).map((j) => (fj ? `• ${j.title}, ${j.company} (${j.city}) · ${d(j)}` : `▸ ${d(j)}  ${j.company} — ${j.title}`)).join('\n');
  const head = fj
    ? { org: 'Bula Coast Hospitality Group', comm: 'Careers & Internal Moves', when: 'Nov 24, 2026, 8:15 AM', seen: 214, tags: '#OpenToInternalMoves #RevenueManagement #BulaCoastCareers',
      intro: `Bula vinaka everyone! 🌺 With the new Savusavu resort opening next year, I'd love to be considered for the Area Director of Revenue role. Here is my background for anyone building the team — ${p.name}, Cluster Revenue Manager (Nadi).`,
      c1: ['Vikash Chand', 'Director of Finance · Denarau', 'Vinaka Litia! Our pick-up reports have never been better. Talk to Ana in Group HR (ext. 2231 or 672 0188).'],
      c2: ['Ana Rokotuiveikau', 'Group Talent Partner', 'Thanks Litia — sending you the internal application link today. 😊'] }
    : { org: 'Bluefin Gaming Group', comm: 'Internal Mobility — Malta & IoM', when: 'Nov 26, 2026, 5:02 PM', seen: 163, tags: '#InternalMobility #Compliance #AML',
      intro: `Hi all — as many of you know, we are setting up the Isle of Man entity. I have put my name forward for the Group Head of Compliance role, so here is a quick summary of my background. ${p.name}, Head of Compliance & MLRO (Ta' Xbiex).`,
      c1: ['Marisa Grech', 'CEO', 'Strong candidate 👏 — Daniel led our FIAU examination with no major findings.'],
      c2: ['Luke Farrugia', 'People Partner', 'Thanks Daniel, I\'ll set up the panel. Reach me on +356 2010 4417 if the dates don\'t work.'] };
  return `Viva Engage
${head.org} · Communities › ${head.comm}

${p.name}
${cur.title} · ${cur.city}
${head.when} · Posted in ${head.comm} · Seen by ${head.seen}

${head.tags}

${head.intro}

${fj ? 'MY JOURNEY SO FAR' : 'Career'}
${lines}

${fj ? 'WHAT I BRING' : 'Skills'}
${sk(p).join(fj ? ' · ' : ', ')}

${fj ? 'STUDY & TRAINING' : 'Education & certifications'}
${p.education.map((e) => `${e.degree} — ${e.school} (${y(e.start)}–${y(e.end)})`).join('\n')}
${p.certs.join('\n')}

${fj ? 'Mobile / Viber' : 'Mobile'}: ${fj ? '+679 ' : '+356 '}${p.phoneLocal} · ${p.email}

👍 ${fj ? 42 : 27}  ❤️ ${fj ? 9 : 4}  👏 ${fj ? 6 : 11}

${head.c1[0]}
${head.c1[1]}
${head.c1[2]}
Like · Reply · 1d

${head.c2[0]}
${head.c2[1]}
${head.c2[2]}
Like · Reply · 20h
`;
}

// ───────────────────────────── 抖音 图文 copy (p09, single) ─────────────────────────────
export function douyinPost(): string {
  const p = personById('p09');
  const xp = newestFirst(p).map((j) => `${dotym(j.start)}-${j.end ? dotym(j.end) : '至今'}　${j.company}　${j.title}`).join('\n');
  return `抖音
海龙聊配送
抖音号：hailong_peisong　·　粉丝 2.1万
关注

图文 · 1/4
十年配送老兵，从骑手干到区域经理，想换个平台，有需要的老板看过来👇

2026-11-26 20:41 · IP属地：广东

#求职 #站长 #城市经理 #即时配送 #深圳找工作

干配送十年了，从外卖骑手干到站长，再到现在管 9 个站、400 来号兄弟。公司今年业务收缩，想换个平台继续干运营。简历放下面，合适的老板私信或者直接打电话。

【个人简历】
姓名：${p.name}
性别：男　年龄：36
电话：159 1873 6624（微信同号）
邮箱：${p.email}
现居：深圳宝安
学历：中专（机电）
意向：城市运营经理 / 区域经理，深圳优先

【工作经历】
${xp}

【我会的】
${sk(p).map((s) => `✅ ${s}`).join('\n')}

【证书】${p.certs.join('、')}

不会说漂亮话，但数据都是实打实干出来的💪

❤️ 1826　💬 214　⭐ 392　↗️ 77

全部评论（214）
配送人小陈 · 深圳 · 2天前
龙哥我认识你！当年西乡站的 👍
回复　❤️ 56

HR-杨 · 广东 · 2天前
我们是做同城冷链的，在招区域经理，方便的话加我微信 137 2406 8815 详聊
回复　❤️ 12

海龙聊配送 · 作者 · 1天前
@HR-杨 已加，谢谢
回复　❤️ 3
`;
}

// ───────────────────────────── Threads 串文 (p11, single) ─────────────────────────────
export function threadsTw(): string {
  const p = personById('p11');
  const xp = newestFirst(p).map((j) => `・${y(j.start)}.${pad(m(j.start))}～${j.end ? `${y(j.end)}.${pad(m(j.end))}` : '迄今'}　${j.company}　${j.title}`).join('\n');
  return `Threads
peizhen.teaches
林佩蓁｜國小英語老師 🍎
3,418 位粉絲

peizhen.teaches　3天
（1/5）教甄季又到了😵‍💫 今年同時也在找 115 學年度的代理缺，把經歷整理成一串，有缺的學校拜託讓我知道 🙏
#教甄 #代理教師 #國小英語 #臺中
♡ 212　💬 37　🔁 18　➤ 9

peizhen.teaches　3天
（2/5）【基本資料】
${p.name}｜英語專長｜國小教師證（英語專長）
📱 ${p.phoneLocal}
✉️ ${p.email}
📍 臺中北屯（臺中、彰化、南投都可以）

peizhen.teaches　3天
（3/5）【代理／代課經歷】十年了 🥹
${xp}

peizhen.teaches　3天
（4/5）【專長】
${sk(p).join('／')}

peizhen.teaches　3天
（5/5）【學歷・證照】
${p.education[0].school} ${p.education[0].degree}（${p.education[0].start.slice(0, 4)}–${p.education[0].end.slice(0, 4)}）
${p.certs.join('、')}
感謝大家幫忙分享 💛

xiaoyu.school　2天
我們學校（南投）英語缺還沒開，開了再通知妳～可以先打給教務處 049-258-1462 問問
♡ 4

peizhen.teaches　2天
@xiaoyu.school 謝謝你！！🙏
`;
}

// ───────────────────────────── macOS textutil -convert txt (p03, p13, p16; single) ─────────────────────────────
export function textutilTxt(id: 'p03' | 'p13' | 'p16'): string {
  const p = personById(id);
  const bullets = (j: Job) => j.bullets.map((b) => `\t•\t${b}`).join('\n');
  if (id === 'p03') {
    const d = (ym: string) => `${MON[m(ym) - 1]}.${NB}${y(ym)}`.replace('May.', 'May');
    const xp = newestFirst(p).map((j) => `${d(j.start)} – ${j.end ? d(j.end) : 'Date'}\t${j.company}, ${j.city}${LS}${j.title}\n${bullets(j)}`).join('\n\n');
    return `CURRICULUM VITAE

${p.name}
${p.headline}

PERSONAL DETAILS
Name:\t${p.name}
Date of Birth:\t21st November 1989
NRC No.:\t2417**/61/1
Nationality:\tZambian
Marital Status:\tMarried
Mobile:\t${p.phoneLocal}
Email:\t${p.email}
Postal Address:\tP.O. Box 110418, Solwezi

PROFILE
${p.summary}

WORK EXPERIENCE

${xp}

EDUCATION
${p.education.map((e) => `${y(e.start)} – ${y(e.end)}\t${e.school}, ${e.city}${LS}${e.degree}`).join('\n')}

KEY SKILLS
${sk(p).map((s) => `\t•\t${s}`).join('\n')}

PROFESSIONAL REGISTRATION
${p.certs.map((s) => `\t•\t${s}`).join('\n')}

LANGUAGES
${p.languages.join(', ')}

REFEREES
Eng. Bwalya Mutale\tEng. Chileshe Mwansa
Mining Manager\tTechnical Director
Solwezi North Copper Ltd\tMulungushi Open Pit Services Ltd
Cell: 0977 501 228\tCell: 0966 770 415
`;
  }
  if (id === 'p13') {
    const xp = newestFirst(p).map((j) => `${j.title}\t${mon(j.start)} – ${j.end ? mon(j.end) : 'Present'}\n${j.company}${LS}${j.city}, ${j.country} · Client: ${j.client} · ${j.asset} · ${j.rotation}\n${bullets(j)}`).join('\n\n');
    return `郭建伟  GUO Jianwei (William)
${p.headline}
${p.address}
Mobile:${NB}+256${NB}774${NB}318${NB}629  |  ${p.email}  |  WeChat: guojw_drill

SUMMARY
${p.summary}

EXPERIENCE

${xp}

SKILLS
${sk(p).map((s) => `\t•\t${s}`).join('\n')}

CERTIFICATES
${p.certs.map((s) => `\t•\t${s}`).join('\n')}

EDUCATION
${p.education.map((e) => `${e.degree}\t${y(e.start)} – ${y(e.end)}${LS}${e.school}, ${e.city}`).join('\n')}

LANGUAGES
${p.languages.join('  ·  ')}
`;
  }
  const xp = newestFirst(p).map((j) => `${pad(m(j.start))}/${y(j.start)} – ${j.end ? `${pad(m(j.end))}/${y(j.end)}` : 'Present'}\t${j.title}${LS}${j.company}, ${j.city}\n${bullets(j)}`).join('\n\n');
  return `李雪晴 (Snow) LI XUEQING
${p.headline}
Dubai, UAE  |  +971${NB}55${NB}246${NB}8031  |  ${p.email}
Nationality: Chinese  |  Visa: Employment (transferable)  |  Notice: 1 month

PROFILE
${p.summary}

CAREER HISTORY

${xp}

CORE SKILLS
${sk(p).map((s) => `\t•\t${s}`).join('\n')}

EDUCATION
${p.education.map((e) => `${y(e.start)} – ${y(e.end)}\t${e.degree}${LS}${e.school}, ${e.city}`).join('\n')}

CERTIFICATES
${p.certs.join('; ')}

LANGUAGES
${p.languages.join('; ')}
`;
}

// ───────────────────────────── WPS 另存为 文本文件 of the vMerge CV (p10, two-column) ─────────────────────────────
export function wpsTxt(): string {
  const p = personById('p10');
  const NL = '\r\n';
  const BUL = 'l\t'; // Wingdings bullet exported without its font
  const d = (j: Job) => `${dotym(j.start)} - ${j.end ? dotym(j.end) : '至今'}`;
  const rail = ['联系方式', `手机：${p.phoneLocal}`, `邮箱：${p.email}`, '现居：成都市武侯区', '出生：1993年1月', '专业技能', ...sk(p).map((s) => BUL + s), '证书', ...p.certs, '语言', ...p.languages].join(NL);
  const jobs = newestFirst(p).map((j, i) => [...(i === 0 ? ['工作经历'] : []), `${j.company}\t${d(j)}`, j.title, ...j.bullets.map((b) => BUL + b)].join(NL));
  const rows = [
    `${p.name}${NL}${p.headline}`,
    `个人简介${NL}${p.summary}\t${rail}`,
    ...jobs.map((j) => `${j}\t`),
    `教育背景${NL}${p.education.map((e) => `${e.degree}　${e.school}\t${dotym(e.start)} - ${dotym(e.end)}`).join(NL)}\t`,
  ];
  return '\ufeff' + rows.join(NL) + NL + NL;
}
