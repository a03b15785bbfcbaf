/** heldout-23: plain-text CVs as people paste them into boards, forums and chats. */
import type { Person } from './people.ts';
import { d, range, skillsOf, jobsDesc, age } from './common.ts';

const wrap = (s: string, n = 72, ind = '') => {
  const out: string[] = []; let line = '';
  for (const w of s.split(' ')) { if ((line + ' ' + w).trim().length > n - ind.length) { out.push(ind + line.trim()); line = w; } else line += ' ' + w; }
  if (line.trim()) out.push(ind + line.trim());
  return out.join('\n');
};

/** Craigslist "resumes" section post (plain text). */
export function craigslist(p: Person): string {
  return `CDL-A Flatbed / Regional Driver - 14 yrs exp, clean MVR (Amarillo)

Posted: 2026-10-29 08:12   resume id: 7791864420

${p.name}
${p.address}
Cell ${p.phoneLocal}   ${p.email}

Looking for regional or local CDL-A work, home weekends. Flatbed, step deck, end dump, dry van. 1.1 million accident free miles. Hazmat/tanker/doubles endorsements.

EXPERIENCE
${jobsDesc(p).map((j) => `${j.company} - ${j.city}
${j.title}, ${range(j, 'M/YYYY', 'present', ' to ')}
${j.duties.map((x) => '  * ' + x).join('\n')}`).join('\n\n')}

SKILLS
${skillsOf(p).map((s) => '- ' + s).join('\n')}

LICENSE: ${p.certs.join('; ')}
EDUCATION: ${p.edu.map((e) => `${e.degree}, ${e.school} ${e.end.slice(0, 4)}`).join('; ')}

References on request. Call or text anytime, no recruiters for lease-purchase please.

do NOT contact me with unsolicited services or offers
`;
}

/** 72-column ASCII text résumé for job-board "paste your résumé" boxes (UK style). */
export function ascii72(p: Person): string {
  const rule = '='.repeat(72);
  const hd = (t: string) => `\n${t.toUpperCase()}\n${'-'.repeat(t.length)}`;
  return `${rule}
${p.name.toUpperCase().padStart(36 + p.name.length / 2)}
${('Electrician (JIB Approved) - ECS Gold Card').padStart(57)}
${rule}
${p.address}
Mobile: ${p.phoneLocal}        E-mail: ${p.email}
Driving licence: Full UK, clean          Nationality: British
${hd('Personal profile')}
${wrap(p.summary)}
${hd('Employment history')}
${jobsDesc(p).map((j) => `${range(j, 'MM/YYYY', 'Present', ' - ').padEnd(22)}${j.company}, ${j.city}
${''.padEnd(22)}${j.title}
${j.duties.map((x) => wrap('* ' + x, 72, ''.padEnd(24))).join('\n')}`).join('\n\n')}

${'11/2021 - 12/2021'.padEnd(22)}Career break: ${p.gap!.what}
${hd('Key skills')}
${skillsOf(p).map((s) => '  o ' + s).join('\n')}
${hd('Qualifications & tickets')}
${p.edu.map((e) => `${range(e, 'MM/YYYY', '', ' - ').padEnd(22)}${e.degree} ${e.major}, ${e.school}`).join('\n')}
${p.certs.map((c) => ''.padEnd(22) + c).join('\n')}
${hd('References')}
Available on request.
${rule}
`;
}

/** Naukri "Text Resume" field (what a recruiter sees as plain text). */
export function naukriText(p: Person): string {
  return `RESUME

${p.name}
Mobile: ${p.phoneLocal}
E-Mail: ${p.email}

CAREER OBJECTIVE:
To work as a senior data engineer in a product company where I can build reliable large scale data platforms.

PROFESSIONAL SUMMARY:
* 10+ years of experience in data engineering, ETL and big data.
* ${p.summary}

TECHNICAL SKILLS:
${skillsOf(p).map((s) => `  > ${s}`).join('\n')}

WORK EXPERIENCE:
${jobsDesc(p).map((j, i) => `${i + 1}) ${j.end ? 'Worked' : 'Working'} as ${j.title} in ${j.company}, ${j.city} from ${d(j.start, 'Mon YYYY')} to ${j.end ? d(j.end, 'Mon YYYY') : 'till date'}.
   Roles & Responsibilities:
${j.duties.map((x) => '   - ' + x).join('\n')}`).join('\n\n')}

EDUCATIONAL QUALIFICATION:
${p.edu.map((e) => `${e.degree} (${e.major}) from ${e.school}, ${e.end.slice(0, 4)} with 8.1 CGPA`).join('\n')}

CERTIFICATION:
${p.certs.join('\n')}

PERSONAL DETAILS:
Date of Birth   : 30-05-1994
Gender          : Male
Languages Known : ${p.languages.join(', ')}
Address         : ${p.address}
`;
}

/** Monster.com "paste resume" plain text (US). */
export function monster(p: Person): string {
  return `${p.name}
${p.address}
Home/Cell: ${p.phoneLocal} | ${p.email}

OBJECTIVE
Associate Governmental Program Analyst with the State of California.

SUMMARY OF QUALIFICATIONS
${p.summary}

PROFESSIONAL EXPERIENCE

${jobsDesc(p).map((j) => `${j.title.toUpperCase()}
${j.company}, ${j.city}          ${range(j, 'MM/YYYY', 'Present', ' - ')}
${j.duties.map((x) => '- ' + x).join('\n')}`).join('\n\n')}

(12/2013 - 01/2017: Family caregiver)

EDUCATION
${p.edu.map((e) => `${e.degree}, ${e.major} - ${e.school}, ${e.end.slice(0, 4)}`).join('\n')}

COMPUTER AND PROFESSIONAL SKILLS
${skillsOf(p).join(' * ')}

LANGUAGES
${p.languages.join('; ')}
`;
}

/** Hacker News "Who wants to be hired?" comment, expanded with an employment list. */
export function hnHiring(p: Person): string {
  return `Location: Stuttgart, Germany
Remote: Hybrid or remote (CET)
Willing to relocate: Yes (Netherlands, Sweden, Canada)
Technologies: ${skillsOf(p).join(', ')}
Résumé/CV: on request (PDF)
Email: ${p.email}
Phone: ${p.phoneLocal}

Hi, I'm ${p.name}, a mechanical design engineer (10 yrs) who builds the hardware side of EV drivetrains -- e-axle housings, test rigs, tolerance stack-ups. Looking for hardware roles at robotics or climate-tech startups.

Experience:
${jobsDesc(p).map((j) => `- ${j.company} (${j.city}), ${j.title}, ${range(j, 'MM/YYYY', 'now', '-')}`).join('\n')}

Education: ${p.edu.map((e) => `${e.degree} ${e.major}, ${e.school}`).join('; ')}
Languages: ${p.languages.join(', ')}
`;
}

/** 水木社区 Career_Upgrade 版 求职帖（纯文本）。 */
export function shuimu(p: Person): string {
  return `发信人: yutong_w (雨桐), 信区: ParttimeJob
标  题: 【求职】浙大应统硕士27届，求数据分析/风控实习转正 杭州上海均可
发信站: 水木社区 (Sat Nov  7 21:14:36 2026), 站内

各位版友好，发帖求一个数据分析或风控方向的岗位（可先实习），简单介绍一下：

姓名：${p.name}
性别：女　　年龄：${age(p)}
电话：${p.phoneLocal}（微信同号）
邮箱：${p.email}

【教育背景】
${p.edu.map((e) => `${range(e, 'YYYY.MM', '', '-')}  ${e.school}  ${e.major}  ${e.degree}`).join('\n')}

【实习经历】
${jobsDesc(p).map((j) => `${range(j, 'YYYY.MM', '至今', '-')}  ${j.company}  ${j.title}\n${j.duties.map((x) => '  · ' + x).join('\n')}`).join('\n')}
（2023.07-2024.08 在家备考研究生）

【技能】
${skillsOf(p).join(' / ')}

【其他】
${p.languages.join('；')}；${p.certs.join('；')}

有内推机会的话站内信或者邮箱联系，谢谢大家！

--
※ 来源:·水木社区 mysmth.net·[FROM: 115.192.36.*]
`;
}

/** 微信群 求职信息（护士群里转发的纯文本）。 */
export function wechat(p: Person): string {
  return `【求职】产科主管护师 成都
━━━━━━━━━━━━
👩 姓名：${p.name}
📞 电话：${p.phoneLocal}（微信同号）
📧 邮箱：${p.email}
🎓 学历：本科（护理学）
🏥 职称：主管护师，持护士执业证书
📍 意向：成都市区 三甲/妇幼专科 产科、新生儿科

💼 工作经历
${jobsDesc(p).map((j) => `▪ ${range(j, 'YYYY.MM', '至今', '-')} ${j.company} ${j.title}`).join('\n')}

✅ 擅长
${skillsOf(p).map((s) => `· ${s}`).join('\n')}

有合适岗位请私聊，谢谢各位群友🙏
`;
}

/** 百度贴吧 教师吧 求职帖。 */
export function tieba(p: Person): string {
  return `【西安】转行成功的初中数学老师，求西安公办/民办初中数学岗

1楼　${p.name.slice(0, 1)}老师_西安　　2026-10-31 22:07

本人${p.name}，男，${age(p)}岁，西安石油大学信息与计算科学本科，持初中数学教师资格证，普通话二甲。
联系方式：${p.phoneLocal}，邮箱 ${p.email}

工作经历：
${p.jobs.map((j) => `${range(j, 'YYYY年M月', '至今', '—')}　${j.company}　${j.title}`).join('\n')}

能力：${skillsOf(p).join('，')}。
带过三届初三，中考数学平均分比区均分高8分左右。希望找一个长期稳定的学校，有意向的校长或者同行可以加我。

2楼　${p.name.slice(0, 1)}老师_西安：顶一下，自己的帖子自己顶
`;
}

/** PTT Job 板 求職文（BBS 純文字，繁體）。 */
export function ptt(p: Person): string {
  return `作者  yichun0816 (怡君)                                       看板  Job
標題  [求職] 台北 財務會計 / 6年經驗 / 記帳士
時間  Sun Nov  1 20:31:52 2026
────────────────────────────────────────

【姓    名】${p.name}
【聯絡方式】${p.phoneLocal} / ${p.email}
【希望職務】財務會計、財務主管（台北市、新北市）
【可上班日】錄取後一個月

【學    歷】${p.edu.map((e) => `${e.school} ${e.major} 畢業（${e.end.slice(0, 4)}/${e.end.slice(5)}）`).join('；')}

【工作經歷】
${jobsDesc(p).map((j) => `  ${range(j, 'YYYY/MM', '迄今', '～')}  ${j.company}  ${j.title}`).join('\n')}

【專    長】
${skillsOf(p).map((s) => '  ‧' + s).join('\n')}

【證    照】${p.certs.join('、')}
【語    言】${p.languages.join('、')}

【自    述】
  事務所審計出身，熟悉上市櫃財報與IPO內控，目前在支付新創負責合併報表。
  希望找制度完整、重視財會專業的公司。有興趣的公司請站內信或 email，感謝！

--
※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.34.***.*** (臺灣)
`;
}

/** 小红书 笔记 “求内推” 帖子正文（复制出的纯文本，中英混排）。 */
export function xiaohongshu(p: Person): string {
  return `深圳｜10年电子制造采购求机会🙋‍♀️ Purchasing Manager looking for new role

姐妹们/各位HR好～ 坐标深圳南山，想看看新的采购经理/供应链经理机会（外企 or 合资优先）

👤 ${p.name} Kelly
📱 ${p.phoneLocal}
📮 ${p.email}

📌 经历 Experience
${jobsDesc(p).map((j) => `· ${range(j, 'YYYY.MM', '至今', '-')} ${j.company}｜${j.title}`).join('\n')}

📌 技能 Skills
${skillsOf(p).map((s) => `✔️ ${s}`).join('\n')}

📌 语言 ${p.languages.join(' / ')}
📌 证书 ${p.certs.join('、')}

有合适的可以私信我呀，感谢🙏
#深圳找工作 #采购 #供应链 #外企求职 #求内推
`;
}

/** Telegram job-channel post (Singapore), bilingual. */
export function telegram(p: Person): string {
  return `📣 #OpenToWork #Singapore #Marketing
${p.nameEn} 郑雅雯 — ${p.title}

📞 ${p.phoneLocal} (WhatsApp/Telegram)
✉️ ${p.email}
📍 Bishan, Singapore · Singapore PR · available 1 month notice

🔹 Experience 工作经历
${jobsDesc(p).map((j) => `• ${j.company} — ${j.title} (${range(j, 'Mon YYYY', 'Present', ' – ')})`).join('\n')}
• ${d(p.gap!.start, 'Mon YYYY')} – ${d(p.gap!.end, 'Mon YYYY')}: career break (full-time MBA, maternity) 职业间隔

🔹 Skills 技能
${skillsOf(p).map((s) => `▫️ ${s}`).join('\n')}

🔹 Education
${p.edu.map((e) => `${e.school}, ${e.degree} ${e.major}`.trim()).join('\n')}

🔹 Languages: ${p.languages.join(', ')}

DM me for my full CV 📄 Thank you for sharing! 谢谢转发
`;
}

