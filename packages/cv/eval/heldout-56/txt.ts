/** heldout-56: plain-text documents (mailman-digest, pgp-clearsign, foxmail-thread, ics-invite). */
import { createHash } from 'node:crypto';
import { type Person } from './people.ts';
import { fmt, newestFirst, range } from './lib.ts';

const wrap = (s: string, width: number, indent = ''): string[] => {
  const out: string[] = []; let line = '';
  for (const w of s.split(/\s+/)) {
    if ((line + ' ' + w).trim().length > width - indent.length) { out.push(indent + line.trim()); line = w; } else line += ' ' + w;
  }
  if (line.trim()) out.push(indent + line.trim());
  return out;
};

/* ------------------------------------------------------------------ mailman-digest (p02) */
/** A CV posted to a local testers' mailing list, as received in the list's Mailman digest: other members' messages and signatures (with their phones) around it, list footer. */
export function mailmanDigest(p: Person): string {
  const L: string[] = [];
  const cv: string[] = [
    'Hi all,', '',
    'After almost six years at my current company I am quietly looking for a new', 'senior SDET / test-automation lead role (Cairo or remote). Plain-text CV', 'below, PDF on request. Thanks to Heba for allowing [JOBS] posts here.', '',
    p.name.toUpperCase(), `${p.headline}`, `${p.town} | ${p.phoneIntl} | ${p.email}`, '',
    'SUMMARY', ...wrap(p.summary, 72), '',
    'EXPERIENCE',
  ];
  for (const j of newestFirst(p)) {
    cv.push(`${range(j, 'MM/YYYY', 'now', ' - ')}  ${j.title}, ${j.company} (${j.town})${j.kind === 'internship' ? ' [internship]' : ''}`);
    for (const d of j.duties) cv.push(...wrap(d, 72, '  * ').map((l, i) => (i ? '    ' + l.slice(4) : l)));
  }
  cv.push('', 'SKILLS', ...wrap(p.skills.map((s) => s.name).join(', '), 72), '',
    'EDUCATION', `${p.education[0].degree}, ${p.education[0].school}, 2009-2014 (${p.education[0].note})`, '',
    'CERTIFICATES', ...p.certificates.map((c) => `- ${c}`), '', 'LANGUAGES', p.languages.join('; '), '',
    'Referees on request.', '', '--', `Omar Tarek | ${p.phoneLocal}`);
  L.push(
    'Send Testing-EG mailing list submissions to', '\ttesting-eg@lists.cairo-qa.org', '',
    'To subscribe or unsubscribe via the World Wide Web, visit', '\thttps://lists.cairo-qa.org/mailman/listinfo/testing-eg',
    'or, via email, send a message with subject or body \'help\' to', '\ttesting-eg-request@lists.cairo-qa.org', '',
    'You can reach the person managing the list at', '\ttesting-eg-owner@lists.cairo-qa.org', '',
    'When replying, please edit your Subject line so it is more specific', 'than "Re: Contents of Testing-EG digest..."', '', '',
    'Today\'s Topics:', '',
    '   1. Re: Flaky Cypress tests on CI (Mostafa Kamal)',
    '   2. [JOBS] Open to new roles - Senior SDET / QA Automation', `      (${p.name})`,
    '   3. Meetup: Testing Tuesday #42 venue change (Heba Salem)', '', '',
    '----------------------------------------------------------------------', '',
    'Message: 1', 'Date: Mon, 16 Nov 2026 09:12:44 +0200', 'From: Mostafa Kamal <mostafa.kamal@nilepay-tech.com>', 'To: testing-eg@lists.cairo-qa.org',
    'Subject: Re: [Testing-EG] Flaky Cypress tests on CI', 'Message-ID: <CAF7x2k9Lm=Q1@mail.nilepay-tech.com>', 'Content-Type: text/plain; charset="utf-8"', '',
    'We had the same thing. Two fixes: stop sharing the test user between', 'specs, and wait on the network alias instead of a fixed cy.wait(2000).', '',
    '> Our nightly run fails ~1 in 5 times on the checkout spec only.', '> Anyone seen this with Cypress 13 + Chrome 130?', '',
    '--', 'Mostafa Kamal | Test Lead, NilePay', 'M: +20 12 0553 8814', '', '',
    '------------------------------', '',
    'Message: 2', 'Date: Mon, 16 Nov 2026 22:47:03 +0200', `From: ${p.name} <${p.email}>`, 'To: testing-eg@lists.cairo-qa.org',
    'Subject: [Testing-EG] [JOBS] Open to new roles - Senior SDET / QA', '\tAutomation', 'Message-ID: <DB9PR08MB7164A1@outlook.com>', 'Content-Type: text/plain; charset="utf-8"', '',
    ...cv, '', '',
    '------------------------------', '',
    'Message: 3', 'Date: Tue, 17 Nov 2026 08:05:19 +0200', 'From: Heba Salem <heba.salem@cairo-qa.org>', 'To: testing-eg@lists.cairo-qa.org',
    'Subject: [Testing-EG] Meetup: Testing Tuesday #42 venue change', 'Content-Type: text/plain; charset="utf-8"', '',
    'Testing Tuesday #42 moves to the Tahrir Tech Hub, Room 3.12, same time', '(19:00). If you are lost at the gate call me on +20 11 4462 0197.', '',
    'Heba', '', '',
    '------------------------------', '',
    'Subject: Digest Footer', '',
    '_______________________________________________', 'Testing-EG mailing list', 'testing-eg@lists.cairo-qa.org', 'https://lists.cairo-qa.org/mailman/listinfo/testing-eg', '', '',
    '------------------------------', '',
    'End of Testing-EG Digest, Vol 87, Issue 14', '******************************************', '',
  );
  return ['Testing-EG Digest, Vol 87, Issue 14', '', ...L].join('\n');
}

/* ------------------------------------------------------------------ pgp-clearsign (p05) */
/** A résumé published as an OpenPGP clear-signed text (RFC 4880): hash header, dash-escaped lines (every bullet "- " becomes "- - "), armoured signature block. */
export function pgpClearsign(p: Person): string {
  const body: string[] = [
    `${p.name}`, `${p.headline} -- ${p.town}`, `${p.phoneIntl} | ${p.email} | https://okafor-reyes.net`,
    'Key: 4A1F 9C2E 77B0 D3E5 1F08  2C6A 90D4 E1B7 3F52 A8C9', '',
    'This file is signed with the key above. Verify with:', '  gpg --verify resume.txt.asc', '',
    'SUMMARY', ...wrap(p.summary, 70), '', 'EXPERIENCE', '',
  ];
  for (const j of newestFirst(p)) {
    body.push(`${j.company} -- ${j.title}`, `${fmt(j.start, 'YYYY-MM')} .. ${j.end ? fmt(j.end, 'YYYY-MM') : 'present'}, ${j.town}`);
    for (const d of j.duties) body.push(...wrap(d, 70, '- ').map((l, i) => (i ? '  ' + l.slice(2) : l)));
    body.push('');
  }
  body.push('SKILLS', ...p.skills.map((s) => `- ${s.name}`), '', 'CERTIFICATIONS', ...p.certificates.map((c) => `- ${c}`), '',
    'EDUCATION', `- ${p.education[0].degree}, ${p.education[0].school}, 2010-2014`, '', 'LANGUAGES', `- ${p.languages.join(', ')}`, '',
    '-- ', 'Last updated 2026-11-28. Older versions: https://okafor-reyes.net/resume/history/');
  const escaped = body.map((l) => (l.startsWith('-') ? `- ${l}` : l));
  const sig = createHash('sha512').update(body.join('\n')).digest('base64') + createHash('sha384').update(p.email).digest('base64') + createHash('sha256').update(p.name).digest('base64');
  const blob = ('iQIzBAEBCgAdFiEESh+cLnew0+UfCCxqkNThtz9SqMkFAmdIQ7oACgkQkNThtz9SqM' + sig.replace(/=/g, '')).match(/.{1,64}/g)!.slice(0, 8);
  return ['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', ...escaped, '-----BEGIN PGP SIGNATURE-----', '', ...blob, '=Wq3T', '-----END PGP SIGNATURE-----', ''].join('\n');
}

/* ------------------------------------------------------------------ foxmail-thread (p08, p11) */
/** A Chinese e-mail thread copied out of a desktop mail client (Foxmail / QQ Mail quoting: "------------------ 原始邮件 ------------------", 发件人 / 发送时间 / 收件人 / 主题), newest message first; the CV is in the oldest, quoted message; the HR's landline and mobile are in the replies. */
export function foxmailThread(p: Person): string {
  const q = '------------------ 原始邮件 ------------------';
  if (p.id === 'p08') {
    const cv = [
      '个人简历', '', `姓名：${p.name}　　性别：男　　出生年月：1993.03`, `手机：${p.phoneLocal}　　邮箱：${p.email}`, `现居：${p.address}`, `求职意向：电商运营经理 / 运营总监`, '',
      '【工作经历】',
      ...newestFirst(p).flatMap((j) => [`${range(j, 'YYYY.MM', '至今', '-')}　${j.company}　${j.title}`, ...j.duties.map((d, i) => `　${i + 1}、${d}`)]),
      '', '【教育背景】', `${fmt(p.education[0].start, 'YYYY.MM')}-${fmt(p.education[0].end, 'YYYY.MM')}　${p.education[0].school}　${p.education[0].degree}`, '',
      '【专业技能】', p.skills.map((s) => s.name).join(' / '), '', '【证书】', p.certificates.join('；'), '', '【语言】', p.languages.join('；'), '', '【自我评价】', p.summary,
    ];
    return [
      '主题：回复：应聘【电商运营经理】-韦思远-11年经验', `发件人：韦思远 <${p.email}>`, '时间：2026年11月18日 星期三 10:26', '收件人：招聘-林小姐 <hr@lingxiu-home.com>', '',
      '林小姐您好：', '', '期望月薪 25K，可以接受 14 薪；离职需要提前一个月交接。周五下午两点可以到公司面试。', '', '谢谢！', p.name, p.phoneLocal, '', '',
      q, '发件人: "招聘-林小姐" <hr@lingxiu-home.com>;', '发送时间: 2026年11月17日(星期二) 下午4:05', `收件人: "wsy_yunying" <${p.email}>;`, '主题: 回复：应聘【电商运营经理】-韦思远-11年经验', '',
      '韦先生您好，', '', '简历已收到，想先了解一下您的期望薪资和到岗时间。方便的话请回复，或致电 020-3826 5120 / 136 0241 8893（林小姐）。', '',
      '领秀家居 人力资源部', '林晓晴', '电话：020-3826 5120', '手机：136 0241 8893', '地址：广州市天河区珠江新城华夏路 28 号', '', '',
      q, `发件人: "wsy_yunying" <${p.email}>;`, '发送时间: 2026年11月16日(星期一) 晚上9:12', '收件人: "hr" <hr@lingxiu-home.com>;', '主题: 应聘【电商运营经理】-韦思远-11年经验', '',
      '您好！', '', '我在 BOSS 直聘上看到贵公司招聘电商运营经理，以下是我的简历正文，附件为 PDF 版，请查收。', '',
      ...cv, '', '', '发自我的iPhone', '',
    ].join('\n');
  }
  const cv = [
    '个 人 简 历', '', `姓名：${p.name}　　性别：女　　出生年月：1993年10月　　政治面貌：中共党员`, `联系电话：${p.phoneLocal}　　邮箱：${p.email}`, '',
    '一、教育经历', `${fmt(p.education[0].start, 'zh')}至${fmt(p.education[0].end, 'zh')}　${p.education[0].school}　${p.education[0].degree}`, '2017年9月至2018年2月　荆州市第一人民医院　心血管内科进修', '',
    '二、工作经历', ...p.work.map((j) => `${fmt(j.start, 'zh')}${j.end ? `至${fmt(j.end, 'zh')}` : '至今'}　${j.company}　${j.title}`), '',
    '三、执业资格', ...p.certificates.map((c) => `　${c}`), '',
    '四、专业技能', `　${p.skills.map((s) => s.name).join('、')}`, '', '五、外语', `　${p.languages.join('')}`, '', '六、自我评价', `　${p.summary}`,
  ];
  return [
    '主题：回复：应聘内科医师-曹雨桐-主治医师', '发件人：武汉华济医院人力资源部 <zhaopin@huajihospital.com>', '时间：2026年11月19日 星期四 15:40', `收件人：曹雨桐 <${p.email}>`, '',
    '曹医生您好：', '', '您的简历已通过初审。请于 2026 年 11 月 25 日（周三）上午 9:00 到我院门诊楼 7 楼人事科参加面试，携带身份证、毕业证、学位证、医师资格证、执业证书原件及复印件。',
    '', '联系人：王老师　电话：027-8655 3120　手机：139 0710 5528', '', '武汉华济医院 人力资源部', '地址：武汉市江岸区解放大道 1200 号', '', '',
    q, `发件人: "曹雨桐" <${p.email}>;`, '发送时间: 2026年11月16日(星期一) 晚上9:42', '收件人: "zhaopin" <zhaopin@huajihospital.com>;', '主题: 应聘内科医师-曹雨桐-主治医师', '',
    '尊敬的人事科老师：', '', '您好！我是武汉康华医院心血管内科主治医师曹雨桐，看到贵院 2026 年社会招聘公告，特申请内科医师岗位。简历如下，相关证书扫描件见附件。', '',
    ...cv, '', '此致', '敬礼', '', `${p.name}`, `手机：${p.phoneLocal}`, '',
  ].join('\n');
}

/* ------------------------------------------------------------------ ics-invite (p16) */
/** The interviewers' calendar invitation exported as iCalendar text: the recruiter pasted the CV into DESCRIPTION, so it is one escaped value (\n, \,) folded every 75 octets with CRLF + space. */
export function icsInvite(p: Person): string {
  const cv = [
    'Hi Karen, Derek,', '', 'As discussed, below is the CV of our shortlisted candidate for the Head of CRM & Loyalty role. 30 min first round on Teams.',
    `Recruiter: Jason Leung, Harbourline Search, +852 6120 7781 (mobile) / +852 2110 4480 (office)`, '', '---- CV (pasted from candidate\'s Word file) ----', '',
    `${p.name}  HO Wing Ki, Winky`, `${p.headline}`, `Mobile: ${p.phoneIntl}  |  Email: ${p.email}  |  Quarry Bay, Hong Kong`, '',
    'PROFILE', p.summary, '', 'CAREER HISTORY',
    ...newestFirst(p).flatMap((j) => [`${j.company} — ${j.title} (${j.titleZh})`, `${range(j, 'Mon YYYY', 'Present')}`, ...j.duties.map((d) => `• ${d}`), '']),
    'SKILLS', p.skills.map((s) => s.name).join(', '), '', 'EDUCATION', `${p.education[0].degree}, ${p.education[0].school}, 2011–2015`, '',
    'LANGUAGES', p.languages.join(', '), '', 'CERTIFICATIONS', p.certificates.join('; '), '',
    'Microsoft Teams meeting', 'Join on your computer, mobile app or room device', 'Meeting ID: 428 551 903 217', 'Passcode: x7QbF2',
  ].join('\n');
  const escText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
  const fold = (line: string): string => {
    const out: string[] = []; let cur = ''; let bytes = 0; let limit = 75;
    for (const ch of line) {
      const b = Buffer.byteLength(ch);
      if (bytes + b > limit) { out.push(cur); cur = ''; bytes = 0; limit = 74; }
      cur += ch; bytes += b;
    }
    out.push(cur);
    return out.join('\r\n ');
  };
  const lines = [
    'BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:REQUEST', 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE',
    'BEGIN:VTIMEZONE', 'TZID:China Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'ATTENDEE;CN="Karen Lau";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:karen.lau@harbourfresh.com.hk',
    'ATTENDEE;CN="Derek Chow";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:derek.chow@harbourfresh.com.hk',
    'CLASS:PUBLIC', 'CREATED:20261125T031522Z',
    `DESCRIPTION:${escText(cv)}`,
    'DTEND;TZID="China Standard Time":20261202T110000', 'DTSTAMP:20261125T031522Z', 'DTSTART;TZID="China Standard Time":20261202T103000',
    'LAST-MODIFIED:20261125T031522Z', 'LOCATION:Microsoft Teams Meeting', 'ORGANIZER;CN="Jason Leung":mailto:jason.leung@harbourline-search.com',
    'PRIORITY:5', 'SEQUENCE:0', `SUMMARY;LANGUAGE=en-us:Interview – HO Wing Ki (Winky) ${p.name} – Head of CRM & Loyalty`, 'TRANSP:OPAQUE',
    'UID:040000008200E00074C5B7101A82E00800000000B0C1F6E1A25FDB010000000000000000100000007E8D1A2C54B4F14C9F0D3A6C2B7E8F10',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
    'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
    'END:VEVENT', 'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
