/** heldout-24 plain-text CVs (UTF-8): a man-page résumé, a 贴吧 job-seeking post, a 小红书 note, a reStructuredText résumé. */
import type { Person } from './people.ts';
import { d, de, range, recent } from './util.ts';

const wrap = (s: string, width: number, indent: string) => {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if ((line + ' ' + w).trim().length > width) { out.push(indent + line.trim()); line = w; } else line += ' ' + w;
  }
  if (line.trim()) out.push(indent + line.trim());
  return out.join('\n');
};

/** man(1)-page résumé, as some engineers keep in their dotfiles. */
export function manpage(p: Person): string {
  const tag = 'KURT-GRECH-SANT(1)';
  const mid = 'Curriculum Vitae';
  const head = `${tag}${' '.repeat(Math.max(1, 39 - tag.length - mid.length / 2))}${mid}${' '.repeat(Math.max(1, 39 - tag.length - mid.length / 2))}${tag}`;
  const I = '       ';
  const L: string[] = [head, '', 'NAME', `${I}${p.name} - ${p.headline}`, '', 'SYNOPSIS',
    `${I}kurt [--email ${p.email}] [--phone ${p.phoneDisplay}]`, `${I}     [--location Mosta, Malta] [--remote=hybrid]`, '',
    'DESCRIPTION', wrap(p.summary, 64, I), '', 'EXPERIENCE'];
  for (const j of recent(p.jobs)) {
    L.push(`${I}${j.title}, ${j.company} (${j.town})`);
    L.push(`${I}       ${d(j.start, 'YYYY-MM')} - ${de(j.end, 'YYYY-MM', 'present')}`);
    L.push(wrap(j.duties, 56, I + '       '), '');
  }
  L.push('SKILLS');
  for (const s of p.skills) L.push(`${I}${s}`);
  L.push('', 'EDUCATION');
  for (const x of p.edu) L.push(`${I}${x.qual} ${x.field}, ${x.school}`, `${I}       ${d(x.start, 'YYYY-MM')} - ${d(x.end, 'YYYY-MM')}`);
  L.push('', 'CERTIFICATIONS', ...p.certs.map((c) => I + c), '', 'LANGUAGES', `${I}${p.languages.join(', ')}`, '',
    'BUGS', `${I}Will write a regression test for anything, including this page.`, '',
    'SEE ALSO', `${I}github.com/kgrechsant(1), linkedin.com/in/kurtgrechsant(7)`, '',
    `Kurt Grech Sant${' '.repeat(20)}November 2026${' '.repeat(20)}${tag}`);
  return L.join('\n') + '\n';
}

/** 百度贴吧 求职帖（焊工吧），含楼层回复。 */
export function tieba(p: Person): string {
  const L = [
    '【求职】焊工二十年，氩电联焊、管道全位置，国内外都干过，求靠谱项目',
    '',
    `楼主：老牛焊工0327　　发表于：2026-10-22 20:13　　焊工吧`,
    '────────────────────────────',
    '各位老哥好，本人山东菏泽人，干焊工整整二十年了，阿尔及利亚、沙特都去过，现在在青岛船厂。船厂活不稳定，想找个石化或者电站的管道项目，国内国外都行，有靠谱的老板或者班组长私信我。',
    '',
    `姓名：${p.name}`,
    `性别：男　年龄：42`,
    `电话：${p.phoneDisplay}（微信同号）`,
    `邮箱：${p.email}`,
    `现在住：青岛黄岛`,
    '',
    '干过的活（工作经历）：',
    ...recent(p.jobs).map((j, i) => `${i + 1}、${range(j, 'YYYY年M月', '到', '现在')}　${j.company}　${j.title}　${j.duties}`),
    '',
    '会的：',
    p.skills.join('、'),
    '',
    `证书：${p.certs.join('，')}`,
    '',
    '人实在，不喝酒不闹事，带过十几个人的班组。工资面议，外派的话希望一年一签。',
    '────────────────────────────',
    '回复(12)　只看楼主　收藏',
    '',
    '2楼　焊花飞舞：老哥沙特那边现在一天多少？',
    '3楼　老牛焊工0327：回复 焊花飞舞：看项目，我那会儿管工一个月两万出头，包吃住',
    '4楼　淄博管道王：顶一个，恒通的老哥？我也在那干过',
    '5楼　老牛焊工0327：回复 淄博管道王：是的，13年到18年在恒通',
    '6楼　吧务-小焊：帖子已加精，注意保护个人信息',
    '',
  ];
  return L.join('\n');
}

/** 小红书 求职笔记（emoji 段落 + 话题标签）。 */
export function xhs(p: Person): string {
  const L = [
    '金牌月嫂求职｜成都可住家🏠 带过60+宝宝👶 有档期',
    '',
    `${p.name}　小红书号：xiulan_yuesao　IP属地：四川`,
    '',
    '宝妈们好呀～我是秀兰阿姨，做母婴护理快20年啦，2027年2月以后还有档期，欢迎预约🙏',
    '',
    '🌸 基本情况',
    `姓名：${p.name}　47岁　四川绵阳人，现在住成都武侯区`,
    `📞 电话：${p.phoneDisplay}（微信同号）`,
    `📧 邮箱：${p.email}`,
    '',
    '💼 工作经历',
    ...recent(p.jobs).map((j) => `▪️ ${range(j, 'YYYY.MM', '-', '至今')}　${j.company}　${j.title}\n　 ${j.duties}`),
    '',
    '✅ 我会的',
    p.skills.join(' / '),
    '',
    `📜 证书：${p.certs.join('、')}`,
    '',
    '💬 雇主评价：“阿姨特别细心，宝宝黄疸护理得很好，月子餐也好吃！”',
    '',
    '#月嫂 #成都月嫂 #金牌月嫂 #育儿嫂 #母婴护理 #求职',
    '',
    '❤️ 128　⭐ 45　💬 23',
    '',
  ];
  return L.join('\n');
}

/** reStructuredText résumé source (rst2pdf / Sphinx style), bilingual headings. */
export function rst(p: Person): string {
  const title = `${p.name} ${p.nameEn}`;
  const bar = '='.repeat(24);
  const L = [bar, title, bar, '', `:Email: ${p.email}`, `:Phone: ${p.phoneDisplay}`, ':Location: Vancouver, BC → 杭州 Hangzhou', ':GitHub: github.com/leozhou-dev', '',
    '.. contents:: 目录 Contents', '   :depth: 1', '', 'Summary 简介', '============', '', p.summary, '', 'Experience 工作经历', '==================', ''];
  for (const j of recent(p.jobs)) {
    const h = `${j.title} ${j.titleAlt} — ${j.company}`;
    L.push(h, '-'.repeat(Math.max(20, h.length + 8)), '', `*${range(j, 'YYYY-MM', ' – ', 'present 至今')} · ${j.town}*`, '', `- ${j.duties}`, `- ${j.dutiesAlt}`, '');
  }
  L.push('Skills 技能', '==========', '', ...p.skills.map((s) => `- ${s}`), '', 'Education 教育', '============', '');
  for (const x of p.edu) L.push(`- ${x.qual}, ${x.field} — ${x.school} (${d(x.start, 'YYYY-MM')} – ${d(x.end, 'YYYY-MM')})`);
  L.push('', 'Certifications 证书', '==================', '', ...p.certs.map((c) => `- ${c}`), '', 'Languages 语言', '=============', '', ...p.languages.map((l) => `- ${l}`), '',
    '.. footer:: Leo Zhou · 周立恒 · built with rst2pdf', '');
  return L.join('\n');
}

export const txtTemplates: Record<string, (p: Person) => string> = { manpage, tieba, xhs, rst };
