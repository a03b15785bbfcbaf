/** Plain-text templates (heldout-39). */
import type { Person } from './people.ts';
import { d, groups, newest, range } from './fmt.ts';

/** CV sent as a WhatsApp message (copied out of the chat): *bold* markers, emoji labels, "Call/WhatsApp" numbers. */
export function whatsapp(p: Person): string {
  const phoneLine = p.id === 'p05' ? `📞 +91 ${p.mobNat} (Call/WhatsApp)\n☎️ Landline: ${p.other!.number}`
    : p.id === 'p06' ? `📞 ${p.mobNat} | WhatsApp: +234 ${p.mobNat.slice(1)}\n☎️ Office: ${p.other!.number}`
      : `📱 ${p.mobNat} (UAE) – WhatsApp/Botim\n🏠 ${p.other!.label}: ${p.other!.number}`;
  const L: string[] = [];
  L.push('Good day Sir/Ma\'am, please find my CV below for the vacancy you posted. Thank you 🙏', '', `*${p.name.toUpperCase()}*`, `_${p.headline}_`, phoneLine, `✉️ ${p.email}`, `📍 ${p.city}`, '');
  L.push('*SUMMARY*', p.summary, '', '*SKILLS*');
  for (const s of p.skills) L.push(`✅ ${s.name}`);
  L.push('', '*WORK EXPERIENCE*');
  for (const j of newest(p)) {
    L.push(`▪️ *${j.title}* – ${j.company}, ${j.town}`);
    L.push(`   ${j.end ? `${d(j.start, 'Mon YYYY')} - ${d(j.end, 'Mon YYYY')}` : `${d(j.start, 'Mon YYYY')} - date`}`);
    for (const x of j.duties) L.push(`   • ${x}`);
  }
  L.push('', '*EDUCATION*');
  for (const e of p.education) L.push(`🎓 ${e.degree} – ${e.school} (${e.end.slice(0, 4)})`);
  if (p.extra) L.push('', '*CERTIFICATIONS*', ...p.extra.map((x) => `📜 ${x}`));
  L.push('', '*LANGUAGES*', p.languages.join(', '), '', 'Available for interview anytime. Thank you!');
  return L.join('\n') + '\n';
}

/** Résumé pasted into the body of an e-mail, with an Outlook signature block (M:/T: lines with extension). */
export function sig(p: Person): string {
  const L: string[] = [];
  const ie = p.id === 'p02';
  L.push(ie ? 'Hi Aoife,' : 'Hi Mel,', '', ie ? 'As discussed on the phone, my CV is below in the body of the mail as your portal would not take my PDF.' : 'Thanks for the call today. As requested my resume is pasted below (PDF attached as well).', '', '', `${p.name.toUpperCase()}`, p.headline, '');
  L.push(ie ? 'PROFILE' : 'CAREER SUMMARY', p.summary, '');
  L.push(ie ? 'KEY SKILLS' : 'KEY SKILLS & ATTRIBUTES');
  const names = p.skills.map((s) => s.name);
  for (let i = 0; i < names.length; i += 2) L.push(`  - ${names[i].padEnd(34)}${names[i + 1] ? `- ${names[i + 1]}` : ''}`.trimEnd());
  L.push('', ie ? 'CAREER HISTORY' : 'EMPLOYMENT HISTORY');
  for (const j of newest(p)) {
    L.push('', `${j.title} | ${j.company} | ${j.town}`, ie ? `${range(j, 'Month YYYY', 'present', ' to ')}` : `${range(j, 'Mon YYYY', 'Current', ' – ')}`);
    for (const x of j.duties) L.push(`  * ${x}`);
  }
  L.push('', 'EDUCATION');
  for (const e of p.education) L.push(`${e.degree}, ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`);
  L.push('', ie ? 'CERTIFICATION' : 'TICKETS & LICENCES', ...(p.extra ?? []), '', 'LANGUAGES', p.languages.join(', '), '', 'Referees available on request.', '', 'Kind regards,', '', '--');
  if (ie) L.push(p.name, p.headline, `M: ${p.mobIntl} | T: ${p.other!.number}`, `E: ${p.email}`, 'Sent from Outlook for iOS');
  else L.push(`${p.name.split(' ')[0]} Pryce`, `M ${p.mobNat} | T ${p.other!.number} ext. 214`, p.email, 'Please consider the environment before printing this email.');
  return L.join('\r\n') + '\r\n';
}

/** moderncv LaTeX source saved as .txt (\phone[mobile]{…} with ~ spacing, \cvitem skill groups, \cventry dates). */
export function tex(p: Person): string {
  const tx = (s: string) => s.replace(/&/g, '\\&').replace(/%/g, '\\%').replace(/#/g, '\\#');
  const [first, ...rest] = (p.latin ?? p.name).split(' ');
  const phone = p.id === 'p03' ? '(503)~555-0147' : p.id === 'p14' ? '+31~(0)6~4127~8830' : '+1~(604)~555~0173';
  const L: string[] = [];
  L.push(`% CV of ${p.name}${p.latin ? ` (${p.latin})` : ''} -- last edited 2026-11-18`, '\\documentclass[11pt,a4paper,sans]{moderncv}', '\\moderncvstyle{classic}', '\\moderncvcolor{blue}', p.latin ? '\\usepackage{xeCJK}' : '\\usepackage[utf8]{inputenc}', '\\usepackage[scale=0.78]{geometry}', '');
  L.push(`\\name{${first}}{${rest.join(' ')}${p.latin ? ` (${p.name})` : ''}}`, `\\title{${tx(p.headline)}}`, `\\address{${tx(p.address)}}{}{}`, `\\phone[mobile]{${phone}}`);
  if (p.other) L.push(`\\phone[fixed]{${p.other.number.replace(/[()]/g, '').replace(/ /g, '~')}}  % home -- evenings only`);
  L.push(`\\email{${p.email}}`, '', '\\begin{document}', '\\makecvtitle', '', '\\section{Profile}', `\\cvitem{}{${tx(p.summary)}}`, '', '\\section{Experience}');
  for (const j of newest(p)) {
    L.push(`\\cventry{${range(j, 'MM/YYYY', 'present', '--')}}{${tx(j.title)}}{${tx(j.company)}}{${tx(j.town)}}{}{%`);
    L.push('\\begin{itemize}', ...j.duties.map((x) => `  \\item ${tx(x)}`), '\\end{itemize}}');
  }
  L.push('', '\\section{Education}');
  for (const e of p.education) L.push(`\\cventry{${e.start.slice(0, 4)}--${e.end.slice(0, 4)}}{${tx(e.degree)}}{${tx(e.school)}}{}{}{}`);
  L.push('', '\\section{Skills}');
  for (const [g, ss] of groups(p)) L.push(`\\cvitem{${tx(g)}}{${ss.map((s) => tx(s.name)).join(', ')}}`);
  if (p.extra) L.push('', '\\section{Licenses \\& certifications}', ...p.extra.map((x) => `\\cvitem{}{${tx(x)}}`));
  L.push('', '\\section{Languages}', ...p.languages.map((l) => `\\cvitem{}{${tx(l)}}`), '', '\\end{document}');
  return L.join('\n') + '\n';
}

/** Text copied out of a PDF 简历 and pasted into a 网申 "粘贴简历" box: hard-wrapped lines, "1/1" page marker, skills grouped by level (精通：…；熟练：…). */
export function txtzh(p: Person): string {
  const L: string[] = [];
  const phone = p.id === 'p09' ? `电话：${p.mobNat}（微信同号） 座机：${p.other!.number}` : p.id === 'p10' ? `手机：${p.mobIntl}` : p.id === 'p11' ? `联系方式：${p.mobNat.replace(/ /g, '-')}（微信同号）` : `手机：${p.mobIntl}（马来西亚） 微信：peiqi_lim93`;
  L.push(p.latin ? `${p.name} ${p.latin}` : p.name, `${p.headline} ｜ ${p.city}`, `${phone} ｜ 邮箱：${p.email}`, '');
  L.push('个人优势', p.summary, '', '工作经历');
  for (const j of newest(p)) {
    L.push(`${j.company} ${j.title} ${range(j, 'YYYY.MM', '至今', '-')}`);
    for (const x of j.duties) L.push(`• ${x}`);
  }
  L.push('', '教育经历');
  for (const e of p.education) L.push(`${e.school} ${e.degree} ${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}`);
  L.push('', '专业技能');
  const zhLevel = (lv: string) => ({ Expert: '精通', Advanced: '熟练', Intermediate: '熟悉' } as Record<string, string>)[lv] ?? lv;
  const by = new Map<string, string[]>();
  for (const s of p.skills) by.set(zhLevel(s.level!), [...(by.get(zhLevel(s.level!)) ?? []), s.name]);
  for (const lv of ['精通', '熟练', '熟悉', '了解']) if (by.has(lv)) L.push(`${lv}：${by.get(lv)!.join('、')}`);
  L.push('', '语言/证书', [...p.languages, ...(p.extra ?? [])].join('；'), '', '1/1');
  return L.join('\n') + '\n';
}
