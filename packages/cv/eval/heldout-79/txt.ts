/** Plain-text templates of heldout-79. */
import type { Person } from './people.ts';
import { F, groups, newest, ph, range } from './lib.ts';

const wcw = (s: string) => [...s].reduce((a, c) => a + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - wcw(s)));

/** T17 txt-zh-labels: 中文 résumé pasted into a company 网申 "其他信息" box: header line "姓名 ｜ 手机（微信同号）"; every job
 *  as a label block "◎ 公司名称：/ 在职时间：2019年7月—至今 / 担任职位：/ 工作描述：". */
export function zhLabels(p: Person): string {
  const L: string[] = [`${p.name} ｜ 手机（微信同号）：${ph(p)} ｜ 住宅：${p.other[0].number}`, `邮箱：${p.email}`, `现居：${p.address}`, `求职意向：${p.headline}`, '', '—— 自我评价 ——', p.summary, '', '—— 工作经历 ——'];
  for (const j of newest(p.work)) L.push(`◎ 公司名称：${j.company}`, `　 在职时间：${range(j, F.zh, '至今', '—')}`, `　 担任职位：${j.title}（${j.city}）`, `　 工作描述：${j.duties.join('；')}。`, '');
  L.push('—— 教育经历 ——', ...p.edu.map((d) => `${F.zh(d.start)}—${F.zh(d.end)}　${d.school}　${d.degree}`), '', '—— 专业技能 ——', ...p.skillGroups.map(([g, ss]) => `${g}：${ss.join(' / ')}`), '', '—— 语言 ——', p.languages.join('，'), '', '—— 证书 ——', p.certs.join('，'), '');
  return L.join('\n');
}

/** T18 txt-tw-mail: 繁體 履歷 typed into an e-mail to a 人資 (full-width brackets, "～迄今"): "〔工作經歷〕" then
 *  "公司名稱（城市）" over "職稱　2017年2月～2021年5月", 專長 in one line with 、. */
export function twMail(p: Person): string {
  const L: string[] = ['人資小姐您好：', '', `應徵：${p.headline}　附上履歷如下，敬請參考。`, '', `姓名：${p.name}`, `手機：${ph(p)}　市話：${p.other[0].number}`, `E-mail：${p.email}`, `地址：${p.address}`, '', '〔工作經歷〕'];
  for (const j of newest(p.work)) L.push(`${j.company}（${j.city}）`, `　${j.title}　${range(j, F.zh, '迄今', '～')}`, ...j.duties.map((d) => `　‧${d}`), '');
  L.push('〔學歷〕', ...p.edu.map((d) => `${d.school}　${d.degree}　${F.ymSlash(d.start)}～${F.ymSlash(d.end)}`), '', '〔專長〕', p.skills.join('、'), '', '〔語言〕', p.languages.join('、'), '〔證照〕', p.certs.join('、'), '', '敬祝　順心', p.name, '');
  return L.join('\n');
}

/** T19 txt-en-labelled: English text CV (e-mail attachment, Notepad) opening with labelled numbers on separate lines
 *  ("Mobile:", "Home:" / "Work:"), "Title — Employer, Town" then the period on the next line, skills "- " list. CRLF. */
export function enLabelled(p: Person): string {
  const za = p.id === 'p06', nl = p.id === 'p16';
  const L: string[] = [p.name.toUpperCase() + (nl ? ` (${p.alt})` : ''), p.headline, '', `${za ? 'Cell' : 'Mobile'}: ${ph(p, nl ? 'b' : 'a')}`, ...p.other.map((o) => `${o.label}: ${o.number}`), `E-mail: ${p.email}`, `Address: ${p.address}`, '', 'PROFILE', '-------', p.summary, '', 'EMPLOYMENT', '----------'];
  const items: [string, string[]][] = newest(p.work).map((j) => [j.start, [`${j.title} — ${j.company}, ${j.city}`, `${range(j, F.enL, za ? 'to date' : 'present')}`, ...j.duties.map((d) => `  * ${d}`), '']]);
  if (p.id === 'p04') items.splice(1, 0, ['2019-01', ['Career break — full-time family care', 'January 2019 – December 2019', '']]);
  for (const [, ls] of items) L.push(...ls);
  L.push('SKILLS', '------', ...p.skills.map((s) => `- ${s}`), '', 'EDUCATION', '---------', ...p.edu.map((d) => `${d.degree}, ${d.school} (${F.year(d.start)}–${F.year(d.end)})`), '', 'LANGUAGES', '---------', ...p.languages, '', 'CERTIFICATES / LICENCES', '-----------------------', ...p.certs, '');
  return L.join('\r\n');
}

/** T20 txt-bilingual-code: bilingual text CV where the numbers are written with the country code but no plus
 *  ("HP 手机: (65) 9134 2867", "HP: 6012-…"); each job "MM/YYYY – present 至今 | Employer | Title", duties indented. */
export function bilingualCode(p: Person): string {
  const num = p.id === 'p13' ? ph(p, 'b') : p.id === 'p14' ? '6012-387 4519' : '1-416-555-0163';
  const L: string[] = [`${p.name}  ${p.alt}`, p.headline, `HP 手机: ${num}    ${p.other[0].label}: ${p.other[0].number}`, `Email 电邮: ${p.email}`, `Address 地址: ${p.address}`, '', '== Summary 简介 ==', p.summary, '', '== Work Experience 工作经历 =='];
  for (const j of newest(p.work)) L.push(`${pad(range(j, F.mmY, 'present 至今'), 26)}| ${j.company} | ${j.title}`, ...j.duties.map((d) => `${' '.repeat(28)}- ${d}`), '');
  L.push('== Skills 技能 ==', ...p.skillGroups.map(([g, ss]) => `${g}: ${ss.join(', ')}`), '', '== Education 教育 ==', ...p.edu.map((d) => `${pad(`${F.mmY(d.start)} – ${F.mmY(d.end)}`, 26)}| ${d.school} | ${d.degree}`), '', '== Languages 语言 ==', p.languages.join(' / '), '', '== Certification 证书 ==', ...p.certs, '');
  return L.join('\n');
}

/** T25 txt-adoc-table: CV kept as AsciiDoc source (`= Name`, attribute lines, `|===` tables with `[cols=…]`): the
 *  career is a table From | To | Employer | Role, skills a two-column table. */
export function adocTable(p: Person): string {
  const L: string[] = [`= ${p.name}`, `:email: ${p.email}`, `:mobile: ${ph(p, 'b')}`, p.other.length ? `:${p.other[0].label.split(' ')[0].toLowerCase()}: ${p.other[0].number}` : '', `:address: ${p.address}`, '', `_${p.headline}_ — ${p.summary}`, '', '== Employment', '', '[cols="1,1,2,2",options="header"]', '|===', '|From |To |Employer |Role', ''];
  for (const j of newest(p.work)) L.push(`|${F.mmY(j.start)}`, `|${j.end ? F.mmY(j.end) : 'ongoing'}`, `|${j.company}, ${j.city}`, `|${j.title}`, '');
  L.push('|===', '', '== Skills', '', '[cols="1,3"]', '|===', ...p.skillGroups.flatMap(([g, ss]) => [`|${g}`, `|${ss.join(', ')}`, '']), '|===', '', '== Education', '', ...p.edu.map((d) => `* ${d.degree}, ${d.school} (${F.mmY(d.start)} – ${F.mmY(d.end)})`), '', '== Languages', '', ...p.languages.map((l) => `* ${l}`), '', '== Certificates', '', ...p.certs.map((l) => `* ${l}`), '');
  return L.filter((x, i) => !(x === '' && i === 3)).join('\n');
}

/** T26 txt-zh-dblbox: 繁體 表格履歷 saved as text with DOUBLE-line box drawing (╔═╦═╗), CJK double-width padding:
 *  particulars, then 期間 ║ 公司 ║ 職稱 rows, 專長 row. */
export function zhDblBox(p: Person): string {
  const w = [26, 30, 18];
  const line = (a: string, m: string, b: string) => a + w.map((n) => '═'.repeat(n)).join(m) + b;
  const row = (c: string[]) => '║' + c.map((x, i) => pad(x, w[i])).join('║') + '║';
  const full = (x: string) => '║' + pad(x, w[0] + w[1] + w[2] + 2) + '║';
  const L: string[] = ['個人履歷表', line('╔', '╦', '╗'), row(['姓名', p.name, 'CHAN Wing Yan']), row(['手提電話', ph(p), '']), row(['辦公室電話', p.other[0].number, '']), row(['電郵', p.email, '']), line('╠', '╬', '╣'), row(['期間', '公司', '職位'])];
  for (const j of newest(p.work)) L.push(line('╟', '╫', '╢').replace(/═/g, '─').replace('╟', '╟').replace(/╫/g, '╫'), row([range(j, F.ymSlash, '現在', ' - '), j.company, j.title]), ...j.duties.map((d) => full('  · ' + d)));
  L.push(line('╠', '╩', '╣'), full('學歷：' + p.edu.map((d) => `${d.school} ${d.degree}（${F.ymSlash(d.start)} - ${F.ymSlash(d.end)}）`).join('')), full('專長：' + p.skills.join('、')), full('語言：' + p.languages.join('、')), full('證書：' + p.certs.join('、')), full('地址：' + p.address), line('╚', '═', '╝'), '');
  return L.join('\n');
}
