/** Plain-text templates (UTF-8). */
import { type Person, printed } from './people.ts';
import { L, durEn, fmt, fullName, months, newestFirst, range, sk } from './common.ts';

/** display width: CJK / full-width characters count 2 */
export const wid = (s: string) => [...s].reduce((a, c) => a + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - wid(s)));
function wrap(s: string, n: number): string[] {
  const out: string[] = []; let line = '';
  for (const tok of s.split(/(?<=[ ，。；、])|(?=[\u4e00-\u9fff])/)) {
    if (wid(line + tok) > n && line) { out.push(line.trimEnd()); line = tok.trimStart(); } else line += tok;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

/** Chinese plain text aligned with full-width spaces: 〖〗 headings, 姓　　名： labels, "2016/07～2019/08" dates. */
export function txtFullwidthZh(p: Person): string {
  const x = p.extra!;
  const o: string[] = [];
  o.push(`　　　　　　　　个人简历`, '');
  o.push('〖基本信息〗');
  o.push(`姓　　名：${p.name}　　　　性　　别：${x['性别']}`);
  o.push(`出生年月：${x['出生年月']}　　　　现 居 地：${p.city}`);
  o.push(`手　　机：${p.phoneLocal}`);
  o.push(`电子邮箱：${p.email}`);
  if (p.homePhone) o.push(`家庭电话：${p.homePhone}`);
  o.push(`求职意向：${p.headline}`, '');
  o.push('〖专业技能〗');
  if (p.skillGroups) for (const g of p.skillGroups) o.push(`${g.label}：${g.items.map((i) => printed(p.skills[i])).join('／')}`);
  else o.push(sk(p).join('／'));
  o.push('', '〖工作经历〗');
  for (const j of newestFirst(p)) {
    o.push(`${range(j, 'YYYY/MM', '～', '至今')}　　${j.company}　　${j.title}`);
    j.bullets.forEach((b, i) => o.push(`　　${'①②③④⑤'[i]}${b}`));
    o.push('');
  }
  o.push('〖教育经历〗');
  for (const e of p.education) o.push(`${fmt(e.start, 'YYYY/MM')}～${fmt(e.end, 'YYYY/MM')}　　${e.school}　　${e.degree}`);
  o.push('', '〖证书〗', p.certs.join('；'), '', '〖语言〗', p.languages.join('；'), '', '〖自我评价〗', p.summary);
  if (p.referee) o.push('', `证明人：${p.referee.name}（${p.referee.role}）　${p.referee.phone}`);
  return o.join('\n') + '\n';
}

/** English text résumé with dates right-aligned to column 78 by spaces, "~" underlines, "Title, Employer" lines. */
export function txtRightpadDates(p: Person): string {
  const W = 78;
  const o: string[] = [];
  const right = (l: string, r: string) => l + ' '.repeat(Math.max(2, W - l.length - r.length)) + r;
  const head = (t: string) => { o.push('', t, '~'.repeat(t.length)); };
  o.push(right(p.name + (p.postNominals ? `, ${p.postNominals}` : ''), p.phoneLocal));
  o.push(right(p.headline, p.email));
  o.push(p.address);
  head('SUMMARY'); o.push(...wrap(p.summary, W));
  head('SKILLS');
  if (p.skillGroups) for (const g of p.skillGroups) o.push(...wrap(`${g.label}: ${g.items.map((i) => printed(p.skills[i])).join(', ')}`, W));
  else o.push(...wrap(sk(p).join(', '), W));
  head('EXPERIENCE');
  for (const j of newestFirst(p)) {
    o.push(right(`${j.title}, ${j.company}`, range(j, 'Mon YYYY', ' - ', 'present')));
    o.push(`  ${j.city}`);
    for (const b of j.bullets) wrap(b, W - 4).forEach((l, i) => o.push((i ? '    ' : '  * ') + l));
    o.push('');
  }
  head('EDUCATION');
  for (const e of p.education) o.push(right(`${e.degree}, ${e.school}`, `${fmt(e.start, 'Mon YYYY')} - ${fmt(e.end, 'Mon YYYY')}`));
  head('CERTIFICATIONS'); for (const c of p.certs) o.push(`  * ${c}`);
  head('LANGUAGES'); o.push(p.languages.join(', '));
  if (p.referee) { head('REFERENCES'); o.push(`${p.referee.name}, ${p.referee.role}, ${p.referee.phone}`); }
  return o.join('\n') + '\n';
}

/** A résumé kept as YAML with Chinese keys (个人简历.yaml saved as .txt). */
export function txtYamlZh(p: Person): string {
  const q = (s: string) => (/[:#\-\[\]{}]|^\d/.test(s) ? JSON.stringify(s) : s);
  const o: string[] = ['# 个人简历数据（用于生成 PDF，勿删）', `# 更新于 2026-11-30`, '', `姓名: ${p.name}`, `求职意向: ${q(p.headline)}`, '联系方式:', `  手机: "${p.phoneLocal}"`, `  邮箱: ${p.email}`, `  城市: ${p.city}`, '个人信息:'];
  for (const [k, v] of Object.entries(p.extra ?? {})) o.push(`  ${k}: ${q(v)}`);
  o.push(`简介: >-`, `  ${p.summary}`, '专业技能:');
  for (const g of p.skillGroups ?? [{ label: '技能', items: p.skills.map((_, i) => i) }]) o.push(`  ${g.label}: [${g.items.map((i) => printed(p.skills[i])).join(', ')}]`);
  o.push('工作经历:');
  for (const j of newestFirst(p)) {
    o.push(`  - 公司: ${j.company}`, `    职位: ${j.title}`, `    时间: ${range(j, 'YYYY.MM', ' - ', '至今')}`, `    城市: ${j.city}`, '    内容:');
    for (const b of j.bullets) o.push(`      - ${q(b)}`);
  }
  o.push('教育经历:');
  for (const e of p.education) o.push(`  - 学校: ${e.school}`, `    学历: ${e.degree}`, `    时间: ${fmt(e.start, 'YYYY.MM')} - ${fmt(e.end, 'YYYY.MM')}`);
  o.push('证书:', ...p.certs.map((c) => `  - ${q(c)}`), '语言:', ...p.languages.map((c) => `  - ${q(c)}`));
  return o.join('\n') + '\n';
}

/** Unicode box-drawing tables (┌─┬─┐) with CJK-width alignment: particulars, employment (Period │ Employer │ Position), skills. */
export function txtBoxdraw(p: Person): string {
  function table(head: string[] | null, rows: string[][], widths: number[]): string[] {
    const line = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
    const row = (cells: string[]) => {
      const wrapped = cells.map((c, i) => (c ? wrap(c, widths[i]) : ['']));
      const h = Math.max(...wrapped.map((w) => w.length));
      return Array.from({ length: h }, (_, k) => '│' + wrapped.map((w, i) => ' ' + pad(w[k] ?? '', widths[i]) + ' ').join('│') + '│');
    };
    const out = [line('┌', '┬', '┐')];
    if (head) out.push(...row(head), line('├', '┼', '┤'));
    rows.forEach((r, i) => { out.push(...row(r)); out.push(i === rows.length - 1 ? line('└', '┴', '┘') : line('├', '┼', '┤')); });
    return out;
  }
  const o: string[] = [];
  o.push(`${L(p, 'CURRICULUM VITAE', '履歷')} — ${fullName(p)}`, '');
  o.push(...table(null, [[L(p, 'Name', '姓名'), fullName(p)], [L(p, 'Mobile', '手提'), p.phoneLocal], [L(p, 'Email', '電郵'), p.email], [L(p, 'Address', '地址'), p.address], [L(p, 'Target role', '應徵職位'), p.headline]], [16, 56]));
  o.push('', L(p, 'EMPLOYMENT', '工作經驗'));
  o.push(...table([L(p, 'Period', '期間'), L(p, 'Employer', '公司'), L(p, 'Position', '職位')], newestFirst(p).map((j) => [range(j, 'MM/YYYY', '-', 'present'), j.company, j.title]), [17, 30, 23]));
  o.push('');
  for (const j of newestFirst(p)) { o.push(`${j.title} @ ${j.company}`); for (const b of j.bullets) o.push(`  - ${b}`); }
  o.push('', L(p, 'SKILLS', '技能'));
  const s = sk(p); const rows: string[][] = [];
  for (let i = 0; i < s.length; i += 3) rows.push([s[i], s[i + 1] ?? '', s[i + 2] ?? '']);
  o.push(...table(null, rows, [22, 22, 22]));
  o.push('', L(p, 'EDUCATION', '學歷'));
  o.push(...table(null, p.education.map((e) => [`${e.start.slice(0, 4)}-${e.end.slice(0, 4)}`, e.school, e.degree]), [10, 28, 30]));
  o.push('', `${L(p, 'Certificates', '證書')}: ${p.certs.join('; ')}`, `${L(p, 'Languages', '語言')}: ${p.languages.join('; ')}`);
  if (p.referee) o.push(`${L(p, 'Referee', '證明人')}: ${p.referee.name}, ${p.referee.role}, ${p.referee.phone}`);
  return o.join('\n') + '\n';
}

/** Text as `pdftotext -layout` gives it from a two-column PDF with the rail on the RIGHT: both columns on every line. */
export function txtLayoutRightrail(p: Person): string {
  const LW = 56;
  const left: string[] = [];
  left.push(fullName(p).toUpperCase(), p.headline, '');
  left.push('PROFILE', ...wrap(p.summary, LW), '', 'EXPERIENCE');
  for (const j of newestFirst(p)) {
    left.push('', j.title, `${j.company}, ${j.city}`, range(j, 'Mon YYYY', ' – ', 'Present'));
    for (const b of j.bullets) wrap(b, LW - 2).forEach((l, i) => left.push((i ? '  ' : '• ') + l));
  }
  left.push('', 'EDUCATION');
  for (const e of p.education) left.push(e.degree, `${e.school}, ${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`);
  const right: string[] = ['', '', '', 'CONTACT', p.phoneLocal, ...(p.homePhone ? [`${p.homePhone} (home)`] : []), p.email, ...wrap(p.address, 24), '', 'SKILLS', ...sk(p), '', 'LANGUAGES', ...p.languages.flatMap((l) => wrap(l, 24)), '', 'CERTIFICATIONS', ...p.certs.flatMap((c) => wrap(c, 24))];
  if (p.referee) right.push('', 'REFEREE', ...wrap(p.referee.name, 24), ...wrap(p.referee.role, 24), p.referee.phone);
  const n = Math.max(left.length, right.length);
  const o: string[] = [];
  for (let i = 0; i < n; i++) { const l = left[i] ?? ''; const r = right[i] ?? ''; o.push(r ? pad(l, LW + 6) + r : l); }
  return o.join('\n').replace(/\n*$/, '\n\f');
}
