/** Plain-text templates of heldout-76. */
import type { Person, Job } from './people.ts';
import { range, duration, months, point } from './dates.ts';
import { rev, fwd, basis } from './html.ts';

const TYPE: Record<string, [string, string]> = { es: ['Jornada completa', 'Jornada parcial'], fr: ['CDI', 'Temps partiel'], pl: ['Pełny etat', 'Niepełny etat'] };
/** TX1 txt-profile-localized: a networking-site profile copied with the site's UI in the candidate's language (Spanish / French / Polish): "Company · Jornada completa", "sept. 2019 - actualidad · 7 años 4 meses". */
export function profileLocalized(p: Person): string {
  const t = TYPE[p.loc];
  const head = { es: ['Experiencia', 'Educación', 'Aptitudes', 'Idiomas', 'Licencias y certificaciones'], fr: ['Expérience', 'Formation', 'Compétences', 'Langues', 'Licences et certifications'], pl: ['Doświadczenie', 'Wykształcenie', 'Umiejętności', 'Języki', 'Licencje i certyfikaty'] }[p.loc as 'es']!;
  const jobs = rev(p.work).map((j) => `${j.title}\n${j.company} · ${j.basis ? t[1] : t[0]}\n${range(p, j, 'w', { sep: ' - ' })} · ${duration(p.loc, months(j))}\n${j.city}\n${j.bullets.map((b) => b).join('\n')}`).join('\n\n');
  return `${p.name}\n${p.headline}\n${p.address}\n\nContact: ${p.phoneShown} (Mobile) · ${p.email}\n\nAbout\n${p.summary}\n\n${head[0]}\n\n${jobs}\n\n${p.other.map((o) => `${o.label}\n${range(p, o, 'w', { sep: ' - ' })}\n\n`).join('')}${head[1]}\n\n${rev(p.edu).map((e) => `${e.school}\n${e.degree}\n${e.start.slice(0, 4)} - ${e.end.slice(0, 4)}`).join('\n\n')}\n\n${head[2]}\n\n${p.skills.join('\n')}\n\n${head[3]}\n\n${p.languages.join('\n')}\n\n${head[4]}\n\n${p.certs.join('\n')}\n`;
}

/** TX2 txt-zh-duration: 中文纯文本，◇ 标题，「2019年4月至今（7年9个月）」在一行，下一行「公司 / 职位」，离职备考写成一条. */
export function zhDurationTxt(p: Person): string {
  const items = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]);
  const body = items.map((e) => {
    const d = range(p, e, 'w') + (e.sp ? '' : `（${duration(p.loc, months(e))}）`);
    return e.k ? `${d}\n    ${(e as Job).company} / ${(e as Job).title}${basis(p, e as Job)}\n    ${(e as Job).bullets.join('')}` : `${d}\n    ${(e as unknown as { label: string }).label}`;
  }).join('\n\n');
  return `${p.name}\n求职意向：${p.headline}\n手机：${p.phoneShown}　邮箱：${p.email}\n${p.others.map((o) => `${o.label}：${o.num}`).join('\n')}\n现居：${p.address}\n\n◇ 自我评价\n${p.summary}\n\n◇ 工作经历\n${body}\n\n◇ 教育经历\n${rev(p.edu).map((e) => `${range(p, e, 'n')}　${e.school}　${e.degree}`).join('\n')}\n\n◇ 专业技能\n${p.skills.join('；')}\n\n◇ 语言\n${p.languages.join('；')}\n\n◇ 证书\n${p.certs.join('；')}\n`;
}

const wid = (s: string) => [...s].reduce((a, c) => a + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - wid(s)));
/** TX3 txt-tenure-grid: career summary table typed in a monospace e-mail: Start | End | Tenure | Employer | Position, CJK double-width padding; other rows marked "*". */
export function tenureGrid(p: Person): string {
  const zh = p.lang === 'zh';
  const cols = zh ? ['起', '止', '年限', '单位', '职位'] : ['Start 起', 'End 止', 'Tenure 年限', 'Employer 单位', 'Position 职位'];
  const w = [10, 10, 12, 44, 30];
  const line = (c: string[]) => c.map((x, i) => pad(x, w[i])).join('').trimEnd();
  const items = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]);
  const rows = items.map((e) => {
    const end = e.end === null ? (p.loc === 'ko' ? '재직중' : p.loc === 'ja' ? '現在' : p.loc === 'zh' ? '至今' : 'Present') : point(p.loc, e.end, 'n', e.ep);
    return e.k ? line([point(p.loc, e.start, 'n', e.sp), end, duration(p.loc, months(e), true), (e as Job).company, (e as Job).title + basis(p, e as Job)])
      : line([point(p.loc, e.start, 'n', e.sp), end, '', '* ' + (e as unknown as { label: string }).label, '']);
  });
  const rule = '-'.repeat(100);
  return `${p.name}${p.alt ? '  ' + p.alt : ''}\n${p.headline}\n${zh ? '手机' : 'Mobile 手机'}: ${p.phoneShown} | ${zh ? '邮箱' : 'E-mail'}: ${p.email}\n${p.others.map((o) => `${o.label}: ${o.num}`).join(' | ')}\n${p.address}\n\n${zh ? '【工作经历一览】' : 'CAREER SUMMARY 工作经历一览'}\n${rule}\n${line(cols)}\n${rule}\n${rows.join('\n')}\n${rule}\n${zh ? '* 非工作经历' : '* not employment 非工作'}\n\n${zh ? '【职责】' : 'DUTIES 职责'}\n${rev(p.work).map((j) => `- ${j.company} / ${j.title}: ${j.bullets.join(' ')}`).join('\n')}\n\n${zh ? '【教育】' : 'EDUCATION 教育'}\n${p.edu.map((e) => `${range(p, e, 'n')}  ${e.school}  ${e.degree}`).join('\n')}\n\n${zh ? '【技能】' : 'SKILLS 技能'}\n${p.skills.map((s) => '- ' + s).join('\n')}\n\n${zh ? '【语言】' : 'LANGUAGES 语言'}\n${p.languages.join(', ')}\n\n${zh ? '【证书】' : 'CERTIFICATES 证书'}\n${p.certs.join(', ')}\n`;
}

/** TX4 txt-oldest-first: one oldest-first chronology typed as text, every line "start → end  [Work|Study|Break]  …"; numeric dates. */
export function oldestFirst(p: Person): string {
  const zh = p.lang === 'zh';
  const tr = p.loc === 'hk' || p.loc === 'tw';
  const tg = zh ? { w: '[工作]', s: tr ? '[學習]' : '[学习]', o: '[其他]' } : p.lang === 'mixed' ? { w: '[Work 工作]', s: '[Study 学习]', o: '[Gap 空档]' } : { w: '[Work]', s: '[Study]', o: '[Break]' };
  const rows = fwd([
    ...p.work.map((j) => ({ start: j.start, s: `${range(p, j, 'n', { sep: ' → ' })}  ${tg.w}  ${j.title}${basis(p, j)}, ${j.company}, ${j.city}\n      ${j.bullets.join(' ')}` })),
    ...p.edu.map((e) => ({ start: e.start, s: `${range(p, e, 'n', { sep: ' → ' })}  ${tg.s}  ${e.degree}, ${e.school}` })),
    ...p.other.map((o) => ({ start: o.start, s: `${range(p, o, 'n', { sep: ' → ' })}  ${tg.o}  ${o.label}` })),
  ]).map((x) => x.s);
  const H = (en: string, z: string) => (zh ? z : p.lang === 'mixed' ? `${en} ${z}` : en).toUpperCase();
  return `${p.name}${p.alt ? ' (' + p.alt + ')' : ''}\r\n${p.headline}\r\n${zh ? (tr ? '手提電話' : '手机') : 'Mobile'}: ${p.phoneShown}\r\n${zh ? (tr ? '電郵' : '邮箱') : 'Email'}: ${p.email}\r\n${p.address}\r\n\r\n${H('Chronology (oldest first)', tr ? '經歷（由舊至新）' : '经历（由旧至新）')}\r\n${rows.join('\r\n')}\r\n\r\n${H('Skills', '技能')}\r\n${p.skills.join(', ')}\r\n\r\n${H('Languages', tr ? '語言' : '语言')}\r\n${p.languages.join(', ')}\r\n\r\n${H('Certificates', tr ? '證書' : '证书')}\r\n${p.certs.join(', ') || '-'}\r\n`;
}
