/** Plain-text templates of heldout-58 (written as UTF-8 .txt). */
import type { Person } from './people.ts';
import { d, range, groups, newest, skills, months, tenureEn, MONTH, MOIS, other, dual } from './lib.ts';

const recruiter: Record<string, { name: string; firm: string; phone: string; role: string }> = {
  p01: { name: 'Megan Oakes', firm: 'Brightwater Talent', phone: '0491 572 549', role: 'Asset Planning Manager – Hunter region' },
  p08: { name: 'Nourhan Adel', firm: 'Delta Bridge Recruitment', phone: '012 7319 0482', role: 'Principal Network Architect' },
  p10: { name: 'Grace Yoon', firm: 'Hanriver Search Partners', phone: '010-2290-6618', role: 'Head of Mobile Engineering' },
  p15: { name: 'Daniel Koh', firm: 'Peak Harbour Executive Search', phone: '8876 2045', role: 'VP, Financial Crime Compliance' },
};

/** A reply to a recruiter's e-mail with the CV typed into the body; the career is partly told in prose. */
export function recruiterReply(p: Person): string {
  const r = recruiter[p.id];
  const first = p.roman ? p.roman.split(' ').pop()! : p.name.split(' ')[0];
  const me = p.id === 'p10' ? 'Ji-hoon' : p.id === 'p15' ? 'Pei Ling' : first;
  const land = p.others[0];
  const g = groups(p, false);
  const L: string[] = [];
  L.push(`Subject: RE: ${r.role}`, '', `Hi ${r.name.split(' ')[0]},`, '');
  L.push(`Thanks for thinking of me. Your portal would not take my PDF, so the CV is below in the mail. I am happy to talk any weekday after 5pm – the best number is my mobile, not the ${land.label.toLowerCase()} line.`, '');
  L.push('Kind regards,', me, `${land.label} ${land.number}  /  mobile ${p.mobile}${p.messenger ? ` (${p.messenger})` : ''}`, '', '');
  L.push('-'.repeat(60), dual(p, ' / ').toUpperCase(), p.headline, p.address, p.email, '-'.repeat(60), '');
  L.push('ABOUT ME', p.summary, '');
  L.push('HOW I GOT HERE');
  // the older employers as prose
  const prose = g.slice(0, g.length - 2);
  const sentences = prose.map((grp) => {
    const roles = grp.jobs.map((j, i) => `${i === 0 ? 'as' : 'then as'} ${j.title} (${d(j.start, 'month')} to ${d(j.end!, 'month')})`);
    return `I joined ${grp.company} in ${grp.town} ${roles.join(', ')}. ${grp.jobs[grp.jobs.length - 1].duties[0]}.`;
  });
  L.push(sentences.join(' ').replace(/\s+/g, ' '), '');
  L.push('Since then:', '');
  for (const grp of [...g.slice(g.length - 2)].reverse()) {
    for (const j of [...grp.jobs].reverse()) {
      L.push(`* ${j.title}, ${grp.company} – ${grp.town}`);
      L.push(`  ${d(j.start, 'mon')} - ${j.end ? d(j.end, 'mon') : 'now'}`);
      for (const du of j.duties) L.push(`  - ${du}`);
      L.push('');
    }
  }
  L.push('SKILLS', skills(p).join(', '), '');
  L.push('EDUCATION');
  for (const e of p.education) L.push(`${e.degree}, ${e.school} (${d(e.start, 'year')}–${d(e.end, 'year')})`);
  L.push('', 'CERTIFICATIONS / LICENCES');
  for (const c of p.certs) L.push(`- ${c}`);
  L.push('', 'LANGUAGES', p.languages.join(', '), '', '');
  L.push('-----Original Message-----', `From: ${r.name} <${r.name.toLowerCase().replace(' ', '.')}@${r.firm.toLowerCase().replace(/ /g, '')}.com>`);
  L.push('Sent: Monday, 30 November 2026 9:12 AM', `To: ${p.email}`, `Subject: ${r.role}`, '');
  L.push(`Hi ${me},`, '', `I'm working on a ${r.role} search for a client and your background looks close to what they need. Could you send me an up-to-date CV?`, '');
  L.push(`Thanks,`, r.name, `Senior Consultant | ${r.firm}`, `M ${r.phone}`, '');
  return L.join('\n');
}

/** Italian-style text CV (typed for an agency): personal data first, employer in caps, dates in brackets on their own line, privacy clause. */
export function itPrivacy(p: Person): string {
  const L: string[] = ['CURRICULUM VITAE', '', p.name, 'Born in Imola (BO) on 14/05/1989 – Italian citizen', `Address: ${p.address}`];
  L.push(`Tel. ${p.others[0].number} – cell. ${p.mobile}`, `E-mail: ${p.email}`, '', '');
  L.push('PROFILE', p.summary, '', '');
  L.push('WORK EXPERIENCE', '');
  for (const g of groups(p)) {
    L.push(`${g.company.toUpperCase()}, ${g.town}`);
    for (const j of g.jobs) {
      L.push(`(${j.end ? 'from ' + d(j.start, 'mm/yyyy') + ' to ' + d(j.end, 'mm/yyyy') : 'from ' + d(j.start, 'mm/yyyy') + ' – to date'})`);
      L.push(`${j.title}`);
      for (const du of j.duties) L.push(`   - ${du}`);
    }
    L.push('');
  }
  L.push('', 'EDUCATION', '');
  for (const e of p.education) L.push(`${d(e.start, 'year')} – ${d(e.end, 'year')}   ${e.degree}`, `              ${e.school}`, '');
  L.push('', 'IT AND PROFESSIONAL SKILLS', '');
  for (const s of skills(p)) L.push(`   - ${s}`);
  L.push('', 'LANGUAGES', '', ...p.languages.map((l) => `   ${l}`), '', 'CERTIFICATIONS', '', ...p.certs.map((c) => `   ${c}`), '');
  L.push('', 'Driving licence: B', '', '');
  L.push('I authorise the processing of my personal data pursuant to Legislative Decree 196/2003 and EU Regulation 2016/679 (GDPR).');
  L.push('', 'Bologna, 02/12/2026', '                                                   Chiara Bellandi', '');
  return L.join('\n');
}

/** Markdown CV kept in a git repo: employer as ###, each role bold with its dates in brackets after the title; consultancies list clients. */
export function mdRoles(p: Person): string {
  const land = p.others[0];
  const L: string[] = [`# ${p.name}`, '', `**${p.headline}** · ${p.town}`, ''];
  L.push(`${land.label}: ${land.number}  `, `Mobile${p.messenger ? ' / ' + p.messenger : ''}: ${p.mobile}  `, `Email: <${p.email}>`, '');
  L.push('---', '', '## Summary', '', p.summary, '', '## Experience', '');
  for (const g of groups(p)) {
    L.push(`### ${g.company} — ${g.town}`, '');
    for (const j of g.jobs) {
      L.push(`**${j.title}** (${d(j.start, 'mon')} – ${j.end ? d(j.end, 'mon') : 'present'})`, '');
      for (const du of j.duties) L.push(`- ${du}`);
      if (j.clients) { L.push('', '  Client work:', ''); for (const c of j.clients) L.push(`  - *Client:* ${c}`); }
      L.push('');
    }
  }
  L.push('## Skills', '', skills(p).map((s) => `\`${s}\``).join(' · '), '');
  L.push('## Education', '');
  for (const e of p.education) L.push(`- **${e.degree}**, ${e.school} (${d(e.start, 'year')}–${d(e.end, 'year')})`);
  L.push('', '## Certifications', '', ...p.certs.map((c) => `- ${c}`), '', '## Languages', '', ...p.languages.map((l) => `- ${l}`), '');
  return L.join('\n');
}

/** Text copied from a French executive job-board profile (APEC-like UI labels in French, content in English); phone only in the footer block. */
export function apecCopy(p: Person): string {
  const fr = (s: string) => `${MOIS[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
  const dur = (n: number) => { const a = Math.floor(n / 12), b = n % 12; return [a ? `${a} an${a > 1 ? 's' : ''}` : '', b ? `${b} mois` : ''].filter(Boolean).join(' et '); };
  const L: string[] = ['Mon espace  >  Mon CV  >  Aperçu', '', p.name, p.headline, `${p.town} (69) · Mobilité : Auvergne-Rhône-Alpes · Disponibilité : 3 mois`, '', 'Mon CV   Mes expériences   Mes formations   Mes compétences', ''];
  L.push('Résumé', p.summary, '', 'Expériences professionnelles', '');
  for (const j of newest(p)) {
    L.push(j.title, `${j.company} · ${j.town}`);
    const start = fr(j.start);
    L.push(j.end ? `${/^[aeiouéo]/.test(start) ? "D'" : 'De '}${start} à ${fr(j.end)} (${dur(months(j))})` : `Depuis ${start} (${dur(months(j))})`);
    for (const du of j.duties) L.push(`• ${du}`);
    L.push('');
  }
  L.push('Formations', '');
  for (const e of p.education) L.push(e.degree, e.school, `${d(e.start, 'year')} – ${d(e.end, 'year')}`, '');
  L.push('Compétences', skills(p).join('  ·  '), '', 'Langues', p.languages.join('  ·  '), '', 'Certifications', ...p.certs, '', '');
  L.push('Coordonnées (visibles par les recruteurs abonnés)', `${p.address}`, `Tél. ${p.others[0].number}  ·  Port. ${p.mobile}`, p.email, '', 'CV mis à jour le 29/11/2026 · Référence profil 7718-2093', '');
  return L.join('\n');
}

/** reStructuredText CV: docutils field list for contact, a list-table career summary, then the full history. */
export function rstFieldlist(p: Person): string {
  const title = p.roman ? `${p.name} (${p.roman})` : p.name;
  const w = Math.max(24, [...title].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 4);
  const L: string[] = ['='.repeat(w), `  ${title}`, '='.repeat(w), '-'.repeat(w), `  ${p.headline}`, '-'.repeat(w), ''];
  const land = p.others[0];
  L.push(`:Address: ${p.address}`, `:${land.label}: ${land.number}`, `:Mobile: ${p.mobile}${p.messenger ? ` (also ${p.messenger})` : ''}`, `:Email: ${p.email}`, `:Updated: 2026-11-27`, '');
  L.push('.. contents:: Sections', '   :local:', '', 'Career summary', '==============', '', '.. list-table::', '   :header-rows: 1', '   :widths: 26 40 34', '');
  L.push('   * - Period', '     - Employer', '     - Role');
  const f = p.id === 'p05' ? 'mm.yyyy' : p.id === 'p09' ? 'mm/yyyy' : 'yyyy-mm' as const;
  for (const j of newest(p)) L.push(`   * - ${range(j, f === 'yyyy-mm' ? 'iso' : f, ' – ', 'present')}`, `     - ${j.company}`, `     - ${j.title}`);
  L.push('', 'Experience', '==========', '');
  for (const g of groups(p)) {
    L.push(`${g.company}, ${g.town}`);
    for (const j of g.jobs) {
      L.push(`   *${j.title}* — ${j.end ? `${d(j.start, 'month')} to ${d(j.end, 'month')}` : `since ${d(j.start, 'month')}`}`, '');
      for (const du of j.duties) L.push(`   - ${du}`);
      L.push('');
    }
  }
  L.push('Skills', '======', '', ...skills(p).map((s) => `* ${s}`), '');
  L.push('Education', '=========', '');
  for (const e of p.education) L.push(`${d(e.start, 'year')}–${d(e.end, 'year')}`, `   ${e.degree}, ${e.school}`, '');
  L.push('Certificates', '============', '', ...p.certs.map((c) => `* ${c}`), '', 'Languages', '=========', '', ...p.languages.map((c) => `* ${c}`), '');
  return L.join('\n');
}

/** Text copied from a Brazilian job-portal CV view (Catho-like Portuguese labels, English content). */
export function cathoCopy(p: Person): string {
  const dur = (n: number) => { const a = Math.floor(n / 12), b = n % 12; return [a ? `${a} ano${a > 1 ? 's' : ''}` : '', b ? `${b} ${b > 1 ? 'meses' : 'mês'}` : ''].filter(Boolean).join(' e '); };
  const L: string[] = [`Currículo - ${p.name}`, 'Atualizado em 28/11/2026  |  Código do currículo: 48213097', '', p.headline, `${p.town} - MG  ·  Pretensão salarial: a combinar`, ''];
  L.push('Contato', `Telefone residencial: ${p.others[0].number}`, `Celular: ${p.mobile} (WhatsApp)`, `E-mail: ${p.email}`, '');
  L.push('Objetivo', p.summary, '', 'Experiência profissional', '');
  for (const j of newest(p)) {
    L.push(j.company, `Cargo: ${j.title}`, `Período: ${d(j.start, 'mm/yyyy')} - ${j.end ? d(j.end, 'mm/yyyy') : 'atual'} (${dur(months(j))})`, `Atividades: ${j.duties.join('; ')}.`, '');
  }
  L.push('Formação acadêmica', ...p.education.map((e) => `${e.degree} - ${e.school} - ${d(e.start, 'year')} a ${d(e.end, 'year')}`), '');
  L.push('Conhecimentos', ...skills(p).map((s) => `- ${s}`), '', 'Idiomas', ...p.languages.map((s) => `- ${s}`), '', 'Cursos e certificações', ...p.certs.map((s) => `- ${s}`), '');
  return L.join('\n');
}

/** Chinese text résumé with a 职业概览 list first and the fuller history below, dates at the end of each role's line. */
export function zhGailan(p: Person): string {
  const L: string[] = ['个人简历', '', `${p.name} ｜ ${p.headline} ｜ ${p.town}`, `${p.others[0].label}：${p.others[0].number}　　手机：${p.mobile}`, `邮箱：${p.email}`, `地址：${p.address}`, ''];
  L.push('【职业概览】');
  for (const j of newest(p)) L.push(`${range(j, 'yyyy.mm', '—', '至今')}　　${j.company}　　${j.title}`);
  L.push('', '【自我评价】', p.summary, '', '【工作经历】');
  for (const g of groups(p)) {
    L.push('', `${g.company}（${g.town}）`);
    for (const j of g.jobs) L.push(`　· ${j.title}：${j.duties.join('；')}。（${j.end ? `${d(j.start, 'zh')}—${d(j.end, 'zh')}` : `${d(j.start, 'zh')}至今`}）`);
  }
  L.push('', '【专业技能】', skills(p).join('、'), '', '【教育背景】');
  for (const e of p.education) L.push(`${d(e.start, 'yyyy.mm')}—${d(e.end, 'yyyy.mm')}　${e.school}　${e.degree}`);
  L.push('', '【证书】', p.certs.join('；'), '', '【语言】', p.languages.join('；'), '');
  return L.join('\n');
}

/** A LINE 記事本 (Notes) post copied as text: Traditional Chinese, roles under employer with 〔dates〕 before the title, contacts at the end. */
export function lineNote(p: Person): string {
  const L: string[] = [`${p.name} 的記事本`, '2026/11/30 21:14', '────────────', `📌 求職｜${p.headline}（台中、彰化一帶）`, '', `大家好，我是${p.name}。${p.summary}想找品質主管或品保經理的機會，歡迎介紹 🙏`, ''];
  L.push('【工作經歷】');
  for (const g of groups(p)) {
    L.push(`▍${g.company}（${g.town}）`);
    for (const j of g.jobs) { L.push(`〔${range(j, 'yyyy/mm', '～', '現在')}〕${j.title}`); for (const du of j.duties) L.push(`　・${du}`); }
    L.push('');
  }
  L.push('【專長】', skills(p).map((s) => `#${s.replace(/ /g, '')}`).join(' '), '', '【證照】', ...p.certs.map((c) => `・${c}`), '', '【學歷】', ...p.education.map((e) => `${e.school} ${e.degree}（${d(e.start, 'year')}～${d(e.end, 'year')}）`), '', '【語言】', p.languages.join('、'), '');
  L.push('【聯絡方式】', `${p.others[0].label} ${p.others[0].number}（上班時間）`, `${p.others[1].label} ${p.others[1].number}`, `手機 ${p.mobile}（LINE 同號）`, `Email ${p.email}`, '');
  L.push('👍 12　💬 3', '', '陳俊宏：幫推！我們公司品保部也在找人，可以打給人資 (04)2463-5518 王小姐', `${p.name}：謝謝學長 🙇‍♀️`, '');
  return L.join('\n');
}

/** 职务经历书 (Japanese career-history sheet) written in Chinese as text: per-company block with 事业内容/资本金, a period/work table. */
export function zhShokumuTxt(p: Person): string {
  const info: Record<string, string> = {
    '大连海辰软件有限公司': '事业内容：对日软件外包　资本金：3,000万元　员工数：1,200名',
    '株式会社ネクサスブリッジ': '事业内容：系统集成、SES　资本金：5,000万日元　员工数：280名',
    '株式会社ミドリテック': '事业内容：零售及物流系统开发　资本金：8,000万日元　员工数：320名',
  };
  const L: string[] = ['职 务 经 历 书', '', '2026年12月1日现在', `姓名　${p.name}`, '', '■职务概要', `${p.summary}2012年大学毕业后在大连从事对日软件开发，2015年赴日，现任项目负责人。`, '', '■职务经历'];
  for (const g of groups(p)) {
    const j0 = g.jobs[g.jobs.length - 1], j1 = g.jobs[0];
    L.push('────────────────────────────', `◇ ${g.company}（${d(j0.start, 'zh')}～${j1.end ? d(j1.end, 'zh') : '現在'}）`, info[g.company], '', '期间　　　　　　　　　　业务内容');
    for (const j of g.jobs) {
      L.push(`${range(j, 'zh', '～', '現在')}　${j.title}`);
      for (const du of j.duties) L.push(`　　　　　　　　　　　　・${du}`);
    }
    L.push('');
  }
  L.push('■可发挥的经验与知识', '・与日方客户直接进行需求确认与规格调整', '・从需求定义到上线的完整流程', '', '■技术', ...skills(p).map((s) => `・${s}`), '', '■资格', ...p.certs.map((c) => `・${c}`), '', '■语言', p.languages.join('／'), '');
  L.push('■联系方式', `${p.others[0].label}：${p.others[0].number}（工作日）`, `手机：${p.mobile}`, `邮箱：${p.email}`, '', '以上');
  return L.join('\n');
}
