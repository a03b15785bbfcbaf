/** heldout-50: plain-text templates (UTF-8). */
import type { Person } from './people.ts';
import { D, MF, M3, cols, dur, durZh, mo, newest, pad, range, sk, yr } from './lib.ts';

/** YouTube-type "video CV" page copied as text: title, description with contacts and skills, then the (edited) transcript (single). */
export function videoCaptions(p: Person): string {
  if (p.lang === 'en') {
    const [i, j1, j2, j3] = p.work;
    const lines = [
      ['0:00', `Hi, I'm ${p.name} — that's Aoife, and Ní Bhriain is the Irish form of O'Brien.`],
      ['0:06', "I'm a senior data analyst living in Galway, and this is my ninety-second video CV."],
      ['0:12', `I started out as a ${i.title.toLowerCase()} at ${i.company}, from ${MF[mo(i.start) - 1]} to ${MF[mo(i.end!) - 1]} ${yr(i.end!)}, between my third and fourth year of college.`],
      ['0:22', `In ${MF[mo(j1.start) - 1]} ${yr(j1.start)} they took me on full time as a ${j1.title.toLowerCase()}, and I stayed until ${MF[mo(j1.end!) - 1]} ${yr(j1.end!)}.`],
      ['0:31', 'Then I took six months out to travel around South America.'],
      ['0:36', `In ${MF[mo(j2.start) - 1]} ${yr(j2.start)} I joined ${j2.company} as a ${j2.title.toLowerCase()}, building churn models for retail clients,`],
      ['0:45', `and since ${MF[mo(j3.start) - 1]} ${yr(j3.start)} I've been a ${j3.title.toLowerCase()} there, leading a team of four.`],
      ['0:53', 'I love turning messy data into reports people actually open.'],
      ['1:01', 'My skills and contact details are in the description below. Thanks for watching!'],
    ];
    return [
      `${p.name} – Video CV | Senior Data Analyst, Galway`, '', '412 views  3 Nov 2026', '',
      'My 90-second video CV. Full CV and references on request.', '',
      `📧 ${p.email}`, `📱 ${p.phoneLocal} (home: ${p.other[0].number})`, '',
      'SKILLS', ...sk(p).map((s) => `▪ ${s}`), '',
      `LANGUAGES: ${p.languages.join(', ')}`,
      `EDUCATION: ${p.edu[0].degree}, ${p.edu[0].school} (${D.mon(p.edu[0].start)} – ${D.mon(p.edu[0].end)})`,
      `CERTIFICATION: ${p.certs.join(', ')}`, '', '#videocv #dataanalyst #galwayjobs', '', 'Show less', '', 'Transcript', '',
      ...lines.flatMap(([t, s]) => [t, s]), '',
    ].join('\n');
  }
  // mixed: 剪映-style SRT export of a Chinese video CV
  const cues: string[] = [
    `大家好，我是${p.name}，英文名David`,
    `现在在新加坡做后端开发，职位是${newest(p)[0].title}`,
    `${yr(p.work[0].start)}年${mo(p.work[0].start)}月到${mo(p.work[0].end!)}月，我在${p.work[0].company}做${p.work[0].title}`,
    `${yr(p.work[1].start)}年${mo(p.work[1].start)}月毕业以后回到这家公司，做${p.work[1].title}`,
    `一直到${yr(p.work[1].end!)}年${mo(p.work[1].end!)}月`,
    `${yr(p.work[2].start)}年${mo(p.work[2].start)}月我来到新加坡，加入${p.work[2].company}`,
    `担任${p.work[2].title}，做支付账本，一直做到${yr(p.work[2].end!)}年${mo(p.work[2].end!)}月`,
    `从${yr(p.work[3].start)}年${mo(p.work[3].start)}月到现在，我在${p.work[3].company}担任${p.work[3].title}`,
    '带平台组11个工程师，把60个服务迁到了Kubernetes上',
    `技术栈：${sk(p).join('、')}`,
    `语言：${p.languages.join('、')}`,
    `教育：${p.edu[0].school} ${p.edu[0].degree}（${D.dot(p.edu[0].start)}–${D.dot(p.edu[0].end)}）`,
    `联系我：手机 ${p.phoneLocal}　邮箱 ${p.email}`,
    `国内手机（不常用）：${p.other[0].number}`,
    '谢谢观看！',
  ];
  const ts = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},${String((s * 37) % 1000).padStart(3, '0')}`;
  return cues.map((c, k) => `${k + 1}\n${ts(k * 4)} --> ${ts(k * 4 + 4)}\n${c}\n`).join('\n');
}

const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const gitDate = (ym: string, day: number, time: string) => {
  const d = new Date(Date.UTC(Number(yr(ym)), mo(ym) - 1, day));
  return `${WD[d.getUTCDay()]} ${M3[mo(ym) - 1]} ${day} ${time} ${yr(ym)} +0000`;
};
/** A terminal session: `cat README.md` then `git log` of a repo whose commits are career events (single). */
export function gitLog(p: Person): string {
  const [i, j1, j2, j3] = p.work;
  const commits: [string, number, string, string, string[]][] = [
    [j3.start, 3, '09:12:44', `Promoted: ${j3.title} @ ${j3.company}`, j3.duties],
    [j2.end!, 31, '17:30:02', `Close role: ${j2.title} @ ${j2.company}`, []],
    [j2.start, 7, '08:55:10', `Start: ${j2.title} @ ${j2.company}`, j2.duties],
    [p.gap!.from, 5, '11:02:19', 'Career break: travelling in South America (not a job)', []],
    [j1.end!, 31, '16:45:00', `Leave ${j1.company} (${j1.title})`, []],
    [j1.start, 5, '09:00:31', `Start: ${j1.title} @ ${j1.company}`, j1.duties],
    [p.edu[0].end, 28, '14:20:11', `Graduate: ${p.edu[0].degree}, ${p.edu[0].school}`, []],
    [i.end!, 2, '18:05:40', `End internship @ ${i.company}`, []],
    [i.start, 15, '10:11:12', `Start internship: ${i.title} @ ${i.company}`, i.duties],
  ];
  const sha = (k: number) => Array.from({ length: 40 }, (_, n) => '0123456789abcdef'[(k * 7 + n * 13 + n * n) % 16]).join('');
  const log = commits.map(([ym, day, t, msg, body], k) => [`commit ${sha(k + 3)}${k === 0 ? ' (HEAD -> main, origin/main)' : ''}`, `Author: ${p.name} <${p.email}>`, `Date:   ${gitDate(ym, day, t)}`, '', `    ${msg}`, ...(body.length ? ['', ...body.map((b) => `    - ${b}`)] : []), ''].join('\n')).join('\n');
  return [
    'aoife@thinkpad:~/cv$ cat README.md', `# ${p.name}`, '', `${p.headline} · ${p.town}`, '',
    `Email: ${p.email}  `, `Mobile: ${p.phoneLocal}  `, `Home: ${p.other[0].number}`, '', '## Skills', '', ...sk(p).map((s) => `- ${s}`), '',
    '## Languages', '', ...p.languages.map((s) => `- ${s}`), '', '## Certification', '', ...p.certs.map((s) => `- ${s}`), '',
    '> My career is the commit history of this repo: `git log` shows when each role started and ended.', '',
    'aoife@thinkpad:~/cv$ git log', log, 'aoife@thinkpad:~/cv$ ',
  ].join('\n');
}

/** A recruiter's screening-call notes with the candidate's CV pasted underneath (single). */
export function callNotes(p: Person): string {
  if (p.lang === 'en') {
    return [
      'CANDIDATE SCREENING NOTES  —  Nilgiri Talent Partners (INTERNAL)', '',
      'Recruiter : Deepa Raghunathan   Mob: +91 99001 43287   deepa.r@nilgiritalent.in',
      'Req       : QA Lead – Payments (client: confidential)   Req ID: NTP-26-1183',
      'Call      : 17-Nov-2026 11:40 IST (22 min)', '',
      `Candidate : ${p.name}`, `Mobile    : ${p.phoneLocal} (confirmed on call; alternate on CV is his father's)`, `Email     : ${p.email}`,
      'CTC       : 28 LPA current / 36 LPA expected', 'Notice    : 60 days, can buy out to 45', '',
      'Notes:', '- Leads 9 testers; strong REST Assured + JMeter, light on mobile automation',
      '- Dates on CV checked against his LinkedIn: match', '- Wants Bengaluru only; OK with 3 days in office', '- Next: tech round with client Tue',
      '', '------------------------------------------------------------', 'CV as received (pasted from the candidate\'s Word attachment)', '------------------------------------------------------------', '',
      p.name.toUpperCase(), `${p.headline}`, `${p.town}  |  ${p.phoneLocal}  |  ${p.email}`, `${p.other[0].label}: ${p.other[0].number}`, '',
      'PROFILE', p.summary, '', 'PROFESSIONAL EXPERIENCE',
      ...newest(p).flatMap((j) => [`${j.title} | ${j.company}, ${j.town} | ${D.mon(j.start)} – ${j.end ? D.mon(j.end) : 'Present'}`, ...j.duties.map((d) => `  * ${d}`), '']),
      'TECHNICAL SKILLS', sk(p).join(', '), '', 'EDUCATION', ...p.edu.map((e) => `${e.degree}, ${e.school} (${yr(e.start)}–${yr(e.end)})`), '',
      'CERTIFICATION', ...p.certs, '', `LANGUAGES KNOWN: ${p.languages.join(', ')}`, '',
    ].join('\n');
  }
  return [
    '候选人沟通记录（内部资料，请勿外传）', '', '顾　　问：周晓琳　　手机：186 2011 7735（微信同号）', '推荐职位：电商运营总监（某家居品牌，佛山/广州）', '沟通时间：2026-11-19 14:20，电话约25分钟', '',
    `候 选 人：${p.name}`, `联系电话：${p.phoneLocal}（本人）`, `电子邮箱：${p.email}`, '目前薪资：月薪2.6万×14薪', '期望薪资：3.2万以上', '到岗时间：一个月', '',
    '顾问评价：', '1. 抖音直播从0到1经验比较扎实，团队管理8人以上；', '2. 离职原因：现公司老板计划缩减线上投入；', '3. 简历中公司座机为公司前台，背调请走HR。', '',
    '——以下为候选人微信发来的简历原文——', '',
    p.name, `${p.headline}｜${p.town}｜${p.phoneLocal}｜${p.email}`, `${p.other[0].label}：${p.other[0].number}`, '',
    '个人优势', p.summary, '', '工作经历',
    ...newest(p).flatMap((j) => [`${range(j, D.dot, '-', '至今')}　${j.company}　${j.title}`, ...j.duties.map((d, k) => `${k + 1}、${d}`), '']),
    '专业技能', sk(p).join(' / '), '', '教育经历', ...p.edu.map((e) => `${D.dot(e.start)}-${D.dot(e.end)}　${e.school}　${e.degree}`), '',
    `证书：${p.certs.join('、')}`, `语言：${p.languages.join('、')}`, '',
  ].join('\n');
}

/** What antiword prints for an old Word 97 table CV: cells between "|", text wrapped inside each column, "[pic]" for images (table). */
export function antiword(p: Person): string {
  const z = p.lang === 'zh';
  // naive tool: pads by characters, not by display width, so CJK rows drift (as antiword's plain output does)
  const cell = (s: string, w: number) => { const out: string[] = []; let cur = ''; for (const word of z ? [...s] : s.split(' ')) { const nxt = z ? cur + word : cur ? `${cur} ${word}` : word; if ([...nxt].length > w) { out.push(cur); cur = word; } else cur = nxt; } out.push(cur); return out; };
  const row = (cells: string[], ws: number[]) => { const parts = cells.map((c, k) => cell(c, ws[k])); const n = Math.max(...parts.map((x) => x.length)); const lines: string[] = []; for (let i = 0; i < n; i++) lines.push('|' + parts.map((x, k) => (x[i] ?? '') + ' '.repeat(Math.max(0, ws[k] - [...(x[i] ?? '')].length))).join('|') + '|'); return lines.join('\n'); };
  if (!z) {
    const W = [18, 30, 24];
    return [
      '[pic]', '', `                           ${p.name.toUpperCase()}`, `                 ${p.headline} - EPA 608 Universal`, '',
      row(['Address:', `2217 S. 59th Ct., ${p.town} 60804`, ''], W), row(['Cell:', p.phoneLocal, ''], W), row([`${p.other[0].label} (msg):`, p.other[0].number, ''], W), row(['E-mail:', p.email, ''], W), '',
      'SUMMARY', '', p.summary, '', 'WORK HISTORY', '',
      row(['Dates', 'Employer', 'Position'], W),
      ...newest(p).map((j) => row([`${D.mY(j.start)} - ${j.end ? D.mY(j.end) : 'present'}`, `${j.company}, ${j.town}, IL`, j.title], W)), '',
      'DUTIES', '', ...newest(p).flatMap((j) => [`${j.title}:`, ...j.duties.map((d) => `   o  ${d}`)]), '',
      'SKILLS', '',
      ...(() => { const s = sk(p); const out: string[] = []; for (let i = 0; i < s.length; i += 3) out.push(row([s[i], s[i + 1] ?? '', s[i + 2] ?? ''], [22, 28, 22])); return out; })(), '',
      'LICENSES & CERTIFICATIONS', '', ...p.certs.map((c) => `   o  ${c}`), '', 'EDUCATION', '', ...p.edu.map((e) => row([`${D.mY(e.start)} - ${D.mY(e.end)}`, e.school, e.degree], W)), '',
      `LANGUAGES: ${p.languages.join(', ')}`, '', 'References available upon request.', '',
    ].join('\n');
  }
  const W = [15, 14, 8];
  return [
    '[pic]', '', '                    个 人 简 历', '',
    row(['姓名', p.name, '性别', '男'], [6, 12, 6, 8]), row(['手机', p.phoneLocal, '座机', p.other[0].number], [6, 14, 6, 14]), row(['邮箱', p.email, '现居', p.town], [6, 22, 6, 8]), '',
    '求职意向：电商运营经理 / 电商总监', '', '工作经历', '',
    row(['时间', '公司', '职位'], W), ...newest(p).map((j) => row([range(j, D.dot, '-', '至今'), j.company, j.title], W)), '',
    '工作内容', '', ...newest(p).flatMap((j) => [`${j.company}：`, ...j.duties.map((d) => `  ● ${d}`)]), '',
    '专业技能', '', ...(() => { const s = sk(p); const out: string[] = []; for (let i = 0; i < s.length; i += 2) out.push(row([s[i], s[i + 1] ?? ''], [12, 12])); return out; })(), '',
    '教育背景', '', ...p.edu.map((e) => row([`${D.dot(e.start)}-${D.dot(e.end)}`, e.school, e.degree], W)), '',
    `语言能力：${p.languages.join('，')}`, `证书：${p.certs.join('，')}`, '',
  ].join('\n');
}

/** Terminal output of `neofetch` re-configured as a CV: ASCII-art initials left, key: value lines right (two-column). */
export function neofetch(p: Person): string {
  const art13 = [
    '  ███████╗██╗    ██╗███╗   ███╗ ', '  ╚══███╔╝██║    ██║████╗ ████║ ', '    ███╔╝ ██║ █╗ ██║██╔████╔██║ ', '   ███╔╝  ██║███╗██║██║╚██╔╝██║ ',
    '  ███████╗╚███╔███╔╝██║ ╚═╝ ██║ ', '  ╚══════╝ ╚══╝╚══╝ ╚═╝     ╚═╝ ', '                                ', '      .-""""-.     {go}        ', '     /  _  _  \\    {k8s}       ',
    '    |  (o)(o)  |   {kafka}     ', '    |    __    |                ', '     \\  \\__/  /    ~~~~~~~      ', "      '-.__.-'                  ",
  ];
  const art03 = [
    '   ██████╗ ██╗   ██╗          ', '   ██╔══██╗██║   ██║          ', '   ██████╔╝██║   ██║          ', '   ██╔══██╗╚██╗ ██╔╝          ', '   ██║  ██║ ╚████╔╝           ',
    '   ╚═╝  ╚═╝  ╚═══╝            ', '                              ', '   [ PASS ] 1842 tests        ', '   [ FAIL ]    0              ', '   [ SKIP ]   12              ',
    '                              ', '   coverage ████████░░ 82%    ', '                              ',
  ];
  const mixed = p.lang === 'mixed';
  const art = mixed ? art13 : art03;
  const user = mixed ? `${p.name}@singapore` : 'rohan@qa-box';
  const f = mixed ? (s: string) => D.iso(s) : D.mon;
  const info: string[] = [
    user, '-'.repeat(cols(user)), `Name: ${p.name}${mixed ? ` (${p.alt})` : ''}`, `Role: ${p.headline}`, `Location: ${p.town}`, `Phone: ${p.phoneLocal}`, `Email: ${p.email}`, `${p.other[0].label}: ${p.other[0].number}`, '',
    'Uptime (work history):', ...newest(p).map((j) => `  ${f(j.start)} → ${j.end ? f(j.end) : 'now'}  ${j.title} @ ${j.company}`), '',
    'Packages (skills):', ...(() => { const s = sk(p); const out: string[] = []; for (let i = 0; i < s.length; i += 4) out.push(`  ${s.slice(i, i + 4).join(', ')}${i + 4 < s.length ? ',' : ''}`); return out; })(), '',
    `Shell (languages): ${p.languages.join(', ')}`, `Kernel (education): ${p.edu[0].degree}, ${p.edu[0].school} (${yr(p.edu[0].start)}–${yr(p.edu[0].end)})`, `Certs: ${p.certs.join(', ')}`, '',
    '███ ███ ███ ███ ███ ███ ███ ███',
  ];
  const n = Math.max(art.length, info.length); const out: string[] = [mixed ? 'david@kampong-mbp ~ % neofetch --config ~/.config/neofetch/cv.conf' : 'rohan@qa-box:~$ neofetch --config ~/cv.conf'];
  const aw = Math.max(...art.map(cols)) + 2;
  for (let i = 0; i < n; i++) out.push((pad(art[i] ?? '', aw) + (info[i] ?? '')).replace(/\s+$/, ''));
  out.push('', mixed ? 'david@kampong-mbp ~ % ' : 'rohan@qa-box:~$ ');
  return out.join('\n');
}
