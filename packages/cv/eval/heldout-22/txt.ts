/** heldout-22 plain-text templates (UTF-8). */
import type { Person } from './people.ts';
import { fmt, range, recent, skillTexts, zhTenure } from './lib.ts';

function wrap(s: string, width: number, indent = ''): string {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(/\s+/)) {
    if ((line + ' ' + w).trim().length > width - indent.length) { out.push(indent + line.trim()); line = w; } else line += ' ' + w;
  }
  if (line.trim()) out.push(indent + line.trim());
  return out.join('\n');
}

/** Text-only résumé for pasting into job-board forms (Monster/Dice advice): ASCII only, 65 columns, caps headings, asterisk bullets. */
export function ascii(p: Person): string {
  const L: string[] = [p.name.toUpperCase(), p.address, `${p.phoneShow}`, p.email, '', p.headline.replace(/\|/g, '-').replace(/–/g, '-'), '', 'SUMMARY', '-------', wrap(p.summary, 65), '', 'KEY SKILLS', '----------'];
  for (const s of skillTexts(p)) L.push(`* ${s}`);
  L.push('', 'PROFESSIONAL EXPERIENCE', '-----------------------');
  for (const j of recent(p)) {
    L.push(`${j.title.toUpperCase()}`, wrap(`${j.company}, ${j.town ?? ''}`, 65), `${range(j, 'MM/YYYY', ' - ', 'Present')}`);
    for (const b of j.bullets) L.push(wrap(`* ${b}`, 65, '  ').replace(/^ {2}\*/, '*'));
    L.push('');
  }
  if (p.gapNote) L.push(p.gapNote.text.replace(/–/g, '-'), '');
  L.push('EDUCATION', '---------');
  for (const x of p.education) L.push(`${x.degree}, ${x.school}, ${x.town ?? ''}, ${fmt(x.end, 'YYYY-MM').slice(0, 4)}`);
  L.push('', 'CERTIFICATIONS', '--------------', ...p.certs.map((c) => `* ${c.replace(/–/g, '-')}`));
  if (p.referees) {
    L.push('', 'REFERENCES', '----------');
    for (const f of p.referees) L.push(f.name, wrap(f.role, 65), `Tel: ${f.phone}`, '');
  }
  return L.join('\n').replace(/[’]/g, "'").replace(/[–—]/g, '-') + '\n';
}

/** 58同城 简历 (复制的文本): 基本信息行, 求职意向, 工作经历 with 时长. */
export function tc58(p: Person): string {
  const L = [
    `${p.name}　${p.gender}｜${p.birth}生｜${p.education[0]!.degree.split(' ').pop()}｜20年工作经验`,
    `现居：${p.city}长安镇　　联系电话：${p.phoneShow}`,
    `邮箱：${p.email}`,
    '',
    '【求职意向】',
    `期望职位：电工/设备维修　期望薪资：8000-10000元　期望地区：东莞`,
    '',
    '【工作经历】',
  ];
  for (const j of recent(p)) {
    L.push(`${j.company}`, `${j.title}　${range(j, 'YYYY年M月', '-', '至今')}（${zhTenure(j)}）`, `工作内容：${j.bullets.join('')}`, '');
  }
  L.push('【教育经历】', ...p.education.map((x) => `${x.school}　${x.degree}　${fmt(x.start, 'YYYY年M月')}-${fmt(x.end, 'YYYY年M月')}`), '');
  L.push('【技能】', skillTexts(p).join('　'), '');
  L.push('【证书】', p.certs.join('　'), '');
  L.push('【自我介绍】', p.summary, '');
  return L.join('\n');
}

/** 鱼泡网 找活名片 (blue-collar job app): 工种, 工龄, 期望地区, 项目/工作经历 with 年月. */
export function yupao(p: Person): string {
  const L = [
    '鱼泡网 · 我的找活名片',
    '==============================',
    `姓名：${p.name}`,
    `性别：${p.gender}　　年龄：39岁`,
    `民族：汉　　籍贯：湖南衡阳`,
    `联系电话：${p.phoneShow}（微信同号）`,
    `邮箱：${p.email}`,
    `工种：电工、设备维修工、机修`,
    `工龄：20年`,
    `期望工作地：广东东莞、深圳`,
    `当前状态：正在找活`,
    '',
    '—— 工作经历 ——',
  ];
  for (const j of recent(p)) L.push(`${range(j, 'YYYY.MM', '-', '至今')}　${j.company}　${j.title}`, `　${j.bullets.join('')}`);
  L.push('', '—— 技能标签 ——', skillTexts(p).map((s) => `#${s}`).join('  '), '', '—— 证书 ——', ...p.certs, '', '—— 自我介绍 ——', p.summary, '');
  return L.join('\n');
}

/** 微信聊天里发给 HR 的文字简历 (copied out of the chat). */
export function wechat(p: Person): string {
  const L = [
    `您好，我是${p.name}，看到贵酒店在招客房总监，下面是我的简历，麻烦您看一下🙏`,
    '',
    `【个人信息】`,
    `姓名：${p.name}`,
    `性别：${p.gender}　出生：${p.birth}`,
    `电话/微信：${p.phoneShow}`,
    `邮箱：${p.email}`,
    `现居：${p.address}`,
    '',
    `【工作经历】`,
  ];
  recent(p).forEach((j, i) => L.push(`${i + 1}. ${fmt(j.start, 'YYYY.MM')}-${j.end ? fmt(j.end, 'YYYY.MM') : '至今'} ${j.company} ${j.title}`, `   ${j.bullets.join('')}`));
  L.push('', '【教育背景】', ...p.education.map((x) => `${fmt(x.start, 'YYYY.MM')}-${fmt(x.end, 'YYYY.MM')} ${x.school} ${x.degree}`));
  L.push('', '【技能】', skillTexts(p).join('、'), '', '【语言】', p.languages.join('、'), '', '2022年9月到12月在家照顾老人，期间考了高级前厅服务员证。', '', '期待您的回复，谢谢！', '');
  return L.join('\n');
}

/** PTT 求職板 post ([求職] title, 作者/看板/標題/時間 header, 履歷 body, ※ 發信站 footer). */
export function ptt(p: Person): string {
  const L = [
    '作者  peichun0211 (佩君)                                     看板  job',
    '標題  [求職] 台中 行銷經理／數位行銷 10年經驗',
    '時間  Mon Oct 26 21:14:05 2026',
    '───────────────────────────────────────',
    '',
    `【姓名】${p.name}`,
    `【性別】${p.gender}`,
    `【聯絡方式】${p.phoneShow} ／ ${p.email}`,
    `【居住地】${p.city}西屯區`,
    `【希望地點】台中、彰化`,
    `【希望待遇】月薪 65,000 以上（可議）`,
    `【最高學歷】${p.education[0]!.school} ${p.education[0]!.degree}`,
    '',
    '【工作經歷】',
  ];
  for (const j of recent(p)) L.push(`  ${range(j, 'YYYY/MM', ' ~ ', '現在')}  ${j.company}  ${j.title}`, `    ${j.bullets.join('')}`);
  L.push('', '【專長】', `  ${skillTexts(p).join(' / ')}`, '', '【語言能力】', `  ${p.languages.join('、')}`, '', '【證照】', `  ${p.certs.join('、')}`, '', '【自我介紹】', `  ${p.summary}`, '  有興趣的公司歡迎站內信或來信，謝謝！', '', '--', '※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.36.xx.xx (臺灣)', '※ 文章網址: https://www.ptt.cc/bbs/job/M.1792934045.A.3F2.html', '');
  return L.join('\n');
}
