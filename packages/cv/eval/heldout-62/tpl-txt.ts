/** heldout-62: the plain-text templates (written as UTF-8). */
import type { Job, Person } from './people.ts';
import { EN_MON, fw, groups, m, mm, newestFirst, y } from './fmt.ts';

/** Mathematical Sans-Serif Bold letters and digits — what "bold text generators" paste into LinkedIn posts. */
export function mathBold(s: string): string {
  return [...s].map((c) => {
    const k = c.codePointAt(0)!;
    if (k >= 65 && k <= 90) return String.fromCodePoint(0x1d5d4 + k - 65);
    if (k >= 97 && k <= 122) return String.fromCodePoint(0x1d5ee + k - 97);
    if (k >= 48 && k <= 57) return String.fromCodePoint(0x1d7ec + k - 48);
    return c;
  }).join('');
}

// ───────────────────────────── 4. unicode-bold ─────────────────────────────
/** A LinkedIn feed post copied with Ctrl+A: headings and job titles in Unicode math-bold letters, emoji bullets, reactions and comments (one with a recruiter's number). */
export function unicodeBold(p: Person): string {
  const B = mathBold;
  const d = (ym: string) => `${EN_MON[m(ym) - 1]} ${y(ym)}`;
  const rng = (j: Job) => {
    if (p.id === 'p06' && j.end && y(j.start) === y(j.end)) return `${EN_MON[m(j.start) - 1]} – ${EN_MON[m(j.end) - 1]} ${y(j.end)}`;
    return `${d(j.start)} – ${j.end ? d(j.end) : 'Present'}`;
  };
  const mixed = p.language === 'mixed';
  const display = mixed ? `${p.latin} ${p.name}` : p.name;
  const intro: Record<string, string> = {
    p02: `After nearly three years building the credit risk modelling function at Kestrel, I'm quietly exploring my next step — ideally a Head of Model Risk or Credit Risk Director role in London (hybrid). A quick summary below 👇`,
    p06: `G'day everyone! 🌴 My second-year Working Holiday visa runs until February 2027 and I'm looking for hospitality or farm work for the summer — anywhere in QLD or NT. Here's a bit about me 👇`,
    p14: `Hi all! 👋 After four great years at Nordlicht, I'm open to a Talent Acquisition leadership role in the Greater Bay Area (Shenzhen / Guangzhou / Hong Kong). 欢迎内推！ Quick summary 👇`,
  };
  const tags: Record<string, string> = {
    p02: '#OpenToWork #CreditRisk #IFRS9 #ModelRisk #LondonJobs',
    p06: '#OpenToWork #WorkingHoliday #Hospitality #Bartender #Cairns #FarmWork',
    p14: '#OpenToWork #TalentAcquisition #HR #Shenzhen #GreaterBayArea #招聘',
  };
  const head: Record<string, string> = {
    p02: 'Head of Credit Risk Modelling at Kestrel Fintech | IFRS 9 · IRB · Stress testing | FRM',
    p06: 'Bartender & barista | Working Holiday Maker 🇬🇧➡️🇦🇺 | RSA · Forklift LF',
    p14: 'Talent Acquisition Manager, Greater China | Workday · Campus · Employer branding',
  };
  const L: string[] = [];
  L.push(`${display} • 1st`, head[p.id], '2w • Edited • 🌐', '', intro[p.id], '');
  L.push(`${B('EXPERIENCE')}${mixed ? ' | 工作经历' : ''}`);
  for (const j of newestFirst(p)) {
    L.push(`▪️ ${B(j.title)} — ${j.company}, ${j.town.replace(' VIC 3500', ', VIC').replace(' NSW 2450', ', NSW').replace(' QLD 4870', ', QLD')}`);
    L.push(`   ${rng(j)}`);
    L.push(`   ${j.duties[0]}`);
  }
  L.push('', `${B('SKILLS')}${mixed ? ' | 技能' : ''}`);
  for (const s of p.skills) L.push(`✅ ${s.text}`);
  L.push('', `${B('EDUCATION & CERTIFICATES')}`);
  for (const e of p.education) L.push(`🎓 ${e.degree} — ${e.school} (${y(e.start)}–${y(e.end)})`);
  for (const c of p.certs) L.push(`📜 ${c}`);
  L.push('', `${B('LANGUAGES')}: ${p.languages.join(' · ')}`, '');
  L.push(`📩 ${p.email}`, `📱 ${p.id === 'p14' ? p.phoneIntl : p.phoneLocal}${p.id === 'p14' ? ' (WeChat same number)' : ''}`, '');
  L.push('If you know of something that fits, I\'d really appreciate a comment, a share or a DM 🙏', '', tags[p.id], '');
  const react = { p02: '214', p06: '88', p14: '361' }[p.id];
  L.push(`👍❤️👏 ${react}`, `${{ p02: 37, p06: 19, p14: 52 }[p.id]} comments • ${{ p02: 12, p06: 6, p14: 24 }[p.id]} reposts`, '', 'Like', 'Comment', 'Repost', 'Send', '');
  L.push('Most relevant ▾', '');
  const comments: Record<string, string[]> = {
    p02: ['Daniel Okoro • 2nd', 'Senior Consultant, Risk & Quant at Halden Search', '2w', 'Hi Seun, great summary — I have two Head of Model Risk mandates that fit. Sent you a DM, or call me directly on 020 7946 0321.', 'Like • 3   Reply', '', 'Priya Raman • 1st', 'Chief Risk Officer at Alder Point Capital', '2w', 'Whoever hires Seun is lucky. Happy to give a reference!', 'Like • 18   Reply'],
    p06: ['Sam Whitfield • 3rd+', 'Venue Manager at Reef Tide Hotel, Port Douglas', '1w', 'Hey Ellie-Mae! We need bar staff from January. Give me a call on 0438 771 206 or pop in with your RSA.', 'Like • 2   Reply', '', 'Greg Pappas • 2nd', 'Packing Shed Supervisor at Sunraysia Citrus Co.', '1w', 'Best picker we had all season 🍊 Good luck!', 'Like • 5   Reply'],
    p14: ['Kelvin Lau 刘家伟 • 2nd', 'Principal Consultant, HR practice at Meridian Talent (Hong Kong)', '2w', 'Hi Grace, I have a Head of TA role in Hong Kong (medtech) — WhatsApp me at +852 6120 4538 if interested.', 'Like • 4   Reply', '', 'Yvonne Chen 陈怡 • 1st', 'HRBP at Nordlicht Medical Devices', '2w', 'Grace 是我见过最专业的招聘负责人 👍', 'Like • 9   Reply'],
  };
  L.push(...comments[p.id], '', 'Load more comments');
  return L.join('\n') + '\n';
}

// ───────────────────────────── 8. fw-digits ─────────────────────────────
/** 记事本 个人简历 typed with the IME in full-width mode: full-width digits, dashes, dots and spaces in dates and phone; ＝＝ heading rules. */
export function fwDigitsTxt(p: Person): string {
  const mixed = p.language === 'mixed';
  const d = (ym: string) => fw(`${y(ym)}.${mm(ym)}`);
  const rule = (t: string) => `＝＝＝＝＝＝　${t}　＝＝＝＝＝＝`;
  const L: string[] = [];
  L.push('　　　　　　　　个　人　简　历', '');
  L.push(`姓　　名：${p.name}${mixed ? `（${p.latin}）` : ''}`);
  L.push(`手　　机：${fw(mixed ? p.phoneIntl : p.phoneLocal)}`);
  L.push(`邮　　箱：${p.email}`);
  L.push(`现居城市：${mixed ? '肯尼亚　内罗毕' : p.town}`);
  L.push(`求职意向：${mixed ? p.headlineZh : p.headline}`);
  L.push(`工作年限：${fw(mixed ? '17' : '11')}年`, '');
  L.push(rule('工作经历'), '');
  for (const j of newestFirst(p)) {
    L.push(`${d(j.start)}－${j.end ? d(j.end) : '至今'}　　${j.company}　　${mixed ? j.titleZh : j.title}`);
    for (const t of mixed ? j.dutiesZh! : j.duties) L.push(`　·${t.replace(/[0-9]+/g, (n) => fw(n))}`);
    L.push('');
  }
  L.push(rule('专业技能'), '');
  for (const s of p.skills) L.push(`　◇ ${s.text}`);
  L.push('', rule('教育背景'), '');
  for (const e of p.education) L.push(`${d(e.start)}－${d(e.end)}　　${e.school}　　${e.degree}`);
  L.push('', rule('证书及语言'), '');
  for (const c of p.certs) L.push(`　◇ ${c.replace(/[0-9]+/g, (n) => fw(n))}`);
  L.push(`　◇ 语言：${p.languages.join('，')}`);
  L.push('', rule('自我评价'), '', `　　${mixed ? p.summaryZh : p.summary}`.replace(/[0-9]+/g, (n) => fw(n)), '');
  return L.join('\r\n') + '\r\n';
}

// ───────────────────────────── 12. mbox-sent ─────────────────────────────
function flow(text: string, width = 72, prefix = ''): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (!para.trim()) { out.push(prefix.trimEnd()); continue; }
    const words = para.split(' ');
    let cur = '';
    for (const w of words) {
      if ((cur + w).length > width && cur) { out.push(prefix + cur.trimEnd()); cur = ''; }
      cur += w + ' ';
    }
    out.push(prefix + cur.trimEnd());
  }
  return out;
}
/** Thunderbird "Sent" folder saved as an mbox file: two messages, format=flowed bodies, and the mbox's own ">From " escaping of CV lines that start with "From". */
export function mboxSent(p: Person): string {
  const d = (ym: string) => `${mm(ym)}/${y(ym)}`;
  const cv: string[] = [];
  cv.push(p.name.toUpperCase(), `${p.headline}`, `${p.address}`, `Mobile/WhatsApp: ${p.phoneIntl} | E-mail: ${p.email}`, '');
  cv.push('PROFILE', p.summary, '');
  cv.push('PROFESSIONAL EXPERIENCE');
  for (const j of newestFirst(p)) {
    cv.push(`From ${d(j.start)} to ${j.end ? d(j.end) : 'present'}: ${j.title}, ${j.company} (${j.town})`);
    for (const t of j.duties) cv.push(`  - ${t}`);
  }
  cv.push('', 'EDUCATION', `${p.education[0].degree}, ${p.education[0].school}, Quito (${y(p.education[0].start)}-${y(p.education[0].end)})`, '');
  cv.push('SKILLS');
  for (const s of p.skills) cv.push(`  * ${s.text}`);
  cv.push('', 'CERTIFICATIONS', ...p.certs.map((c) => `  * ${c}`), '', 'LANGUAGES', `  ${p.languages.join(', ')}`, '');
  cv.push('REFERENCES', `  ${p.referees[0].name}, ${p.referees[0].role}, ${p.referees[0].phone}`);
  const body2 = [
    'Dear Ms. Whitlock,', '',
    'Thank you for your reply. As requested, here is my CV in the body of the e-mail instead of the attachment.', '',
    ...cv, '',
    'Best regards,', 'Daniel', '',
  ];
  const esc = (l: string) => (l.startsWith('From ') ? '>' + l : l);
  const flowed = (lines: string[]) => lines.flatMap((l) => (l.startsWith('  ') || l.length <= 76 ? [l] : flow(l, 72).map((x, i, a) => (i < a.length - 1 ? x + ' ' : x))));
  const quoted = [
    'On 16/11/2026 10:12 a. m., Karen Whitlock wrote:',
    '> Hi Daniel,',
    '>',
    '> Thank you for applying for the QA Manager position at our Quito sourcing ',
    '> office. Our screening system strips attachments from external mail, so ',
    '> could you please paste your CV into the body of an e-mail?',
    '>',
    '> Kind regards,',
    '> Karen Whitlock',
    '> HR Coordinator | FloraLink Imports, Inc.',
    '> 8200 NW 33rd Street, Doral, FL 33122',
    '> Direct: (305) 555-0182 | Cell: (786) 555-0143',
  ];
  const msg1 = [
    'From - Sat Nov 14 19:47:02 2026',
    'X-Mozilla-Status: 0001',
    'X-Mozilla-Status2: 00000000',
    'X-Mozilla-Keys:                                                                                 ',
    'Message-ID: <4b1e2c90-7d3a-4f52-9a61-0e8b5d21c7aa@hotmail.com>',
    'Date: Sat, 14 Nov 2026 19:47:00 -0500',
    'MIME-Version: 1.0',
    'User-Agent: Mozilla Thunderbird',
    'Content-Language: es-EC',
    'To: careers@floralinkimports.com',
    `From: ${p.name} <${p.email}>`,
    'Subject: Application - Quality Assurance Manager (Quito)',
    'Content-Type: text/plain; charset=UTF-8; format=flowed',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Dear Hiring Team,',
    '',
    'Please find attached my CV for the Quality Assurance Manager position ',
    'in Quito. I look forward to hearing from you.',
    '',
    'Kind regards,',
    p.name,
    p.phoneIntl,
    '',
  ];
  const msg2 = [
    'From - Mon Nov 16 21:04:37 2026',
    'X-Mozilla-Status: 0001',
    'X-Mozilla-Status2: 00000000',
    'X-Mozilla-Keys:                                                                                 ',
    'Message-ID: <9f03aa71-2b6e-4c19-8d0e-77c41e2f6b05@hotmail.com>',
    'Date: Mon, 16 Nov 2026 21:04:35 -0500',
    'MIME-Version: 1.0',
    'User-Agent: Mozilla Thunderbird',
    'Content-Language: en-US',
    'To: Karen Whitlock <kwhitlock@floralinkimports.com>',
    `From: ${p.name} <${p.email}>`,
    'Subject: Re: Your application - CV in the e-mail body please',
    'In-Reply-To: <CAF3x8y2-QA-Quito-20261116@floralinkimports.com>',
    'Content-Type: text/plain; charset=UTF-8; format=flowed',
    'Content-Transfer-Encoding: 8bit',
    '',
    ...flowed(body2).map(esc),
    ...quoted,
    '',
  ];
  return [...msg1, ...msg2].join('\n') + '\n';
}
