/** Plain-text templates of heldout-67 (UTF-8). */
import type { Person } from './people.ts';
import { dot, dotShort, groups, mon, month, newest, oldest, range, zh } from './fmt.ts';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - [...s].length));
const rjust = (l: string, r: string, w = 76) => l + ' '.repeat(Math.max(2, w - [...l].length - [...r].length)) + r;
const wrap = (t: string, w = 72, ind = '') => { const out: string[] = []; let line = ''; for (const word of t.split(' ')) { if ((line + ' ' + word).trim().length > w) { out.push(ind + line.trim()); line = word; } else line += ' ' + word; } if (line.trim()) out.push(ind + line.trim()); return out.join('\n'); };

/** Guide's application text pasted into a seasonal operator's form: seasons flush right on a 76-column line, months in brackets under them. */
export function txtSeasons(p: Person): string {
  const L: string[] = [p.name.toUpperCase(), p.headline, `${p.city} | ${p.phoneLocal} | ${p.email}`, '', 'AVAILABILITY: from 1 Oct 2027 for a full season; NZ citizen, full passport.', '', 'SEASONS AND JOBS (newest first)', '-'.repeat(76)];
  const items = [...p.jobs.map((j) => ({ s: j.start, j })), ...p.breaks.map((b) => ({ s: b.start, b }))].sort((a, b) => b.s.localeCompare(a.s));
  for (const it of items) {
    if ('j' in it && it.j) { const j = it.j; L.push(rjust(`${j.title} — ${j.company}`, j.when ?? range(j, mon, ' - ', 'now')), rjust('', `(${range(j, mon, ' - ', 'now')})`)); for (const b of j.bullets) L.push(wrap(b, 70, '  * ')); L.push(''); }
    else { const b = (it as any).b; L.push(rjust(`[gap] ${b.text}`, `${mon(b.start)} - ${mon(b.end)}`), ''); }
  }
  L.push('FIELD SKILLS', '-'.repeat(76), p.skills.join(', '), '', 'TICKETS', '-'.repeat(76), ...p.certs.map((c) => `  ${c}`), '', 'TRAINING', '-'.repeat(76),
    ...p.edu.map((e) => rjust(`${e.degree}, ${e.school}`, `${e.start.slice(0, 4)}-${e.end.slice(0, 4)}`)), '', 'LANGUAGES: ' + p.languages.join(', '), '', `Referee: Programme manager, Whenua OEC — ${p.other!.replace('Centre office ', '')}`);
  return L.join('\n') + '\n';
}

/** Bluesky thread (numbered posts 1/6 … 6/6) copied from the web app: display name, handle, timestamps, the career in short posts, counters. */
export function blueskyThread(p: Person): string {
  const h = '@brodienguyen.bsky.social';
  const [caf, cel, f1, f2, sv, gh] = p.jobs;
  const posts = [
    `ok doing this properly: I'm looking for a venue / bar manager gig in Melbourne's inner north from Feb. thread with the whole work history because apparently my LinkedIn is "a mess" 🧵`,
    `started as a ${caf.title.toLowerCase()} at ${caf.company}, casual, ${mon(caf.start)} – ${mon(caf.end!)}. from ${mon(cel.start)} to ${mon(cel.end!)} I also did ${cel.note} as ${cel.title} at ${cel.company} (tastings, stocktake, online orders)`,
    `${mon(f1.start)} I joined ${f1.company} as ${f1.title} — bar, restaurant, functions up to 180. promoted to ${f2.title} in ${mon(f2.start)}, ran the cocktail bar + rosters for 11 staff until ${mon(f2.end!)}`,
    `then ${mon(p.breaks[0].start)} – ${mon(p.breaks[0].end)}: ${p.breaks[0].text.toLowerCase()}. not a gap I chose 🙃`,
    `${mon(sv.start)} → now: ${sv.title} at ${sv.company}. reopened it after lockdown, 14 staff, 120-bin list. and since ${mon(gh.start)} weekends as ${gh.title} at ${gh.company} in the Yarra Valley 🍷`,
    `skills: ${p.skills.join(' / ')}. tickets: ${p.certs.join(', ')}. ${p.edu[0].degree} (${p.edu[0].school}). DMs open, or ${p.email} / ${p.phoneLocal}`,
  ];
  const out = [`Brodie 🍸 · ${p.name}`, h, ''];
  posts.forEach((t, i) => out.push(`${p.name}  ${h} · ${i === 0 ? '2h' : '2h'}`, `${t} (${i + 1}/${posts.length})`, `💬 ${[4, 1, 0, 2, 3, 5][i]}   🔁 ${[9, 0, 1, 0, 2, 3][i]}   ♡ ${[41, 6, 4, 12, 9, 18][i]}`, ''));
  out.push('Reply to Brodie', '', `Jess T. @jesst.bsky.social · 1h`, `@brodienguyen the Harlow still talks about your negronis. sharing`, '');
  return out.join('\n');
}

/** English plain-text CV written as prose paragraphs (typed in a phone notes app / e-mail body): employer and dates inside sentences, then short lists. */
export function txtNarrative(p: Person): string {
  const js = oldest(p);
  const s: string[] = [];
  js.forEach((j, i) => {
    const prev = js[i - 1];
    const when = j.when && j.kind === 'season' ? `${j.when} (${mon(j.start)} to ${mon(j.end!)})` : j.end ? `${month(j.start)} to ${month(j.end)}` : `${month(j.start)} onwards (current)`;
    if (prev && prev.company === j.company && prev.end && j.start > prev.end && j.kind !== 'season') s.push(`I was promoted to ${j.title} at ${j.company} in ${month(j.start)}${j.end ? ` and stayed until ${month(j.end)}` : ', which is my current post'}. ${j.bullets[0]}.`);
    else s.push(`${when}: ${j.title}, ${j.company}${j.note ? ` (${j.note})` : ''}. ${j.bullets[0]}.`);
  });
  for (const b of p.breaks) { const k = js.findIndex((j) => j.start > b.start); s.splice(k < 0 ? s.length : k, 0, `Between ${month(b.start)} and ${month(b.end)} I was not in paid work — ${b.text.toLowerCase()}.`); }
  const name = p.alt ? `${p.name} / ${p.alt}` : p.name;
  return [
    `${name}`, `${p.headline}`, `Mobile: ${p.phoneLocal}  |  Email: ${p.email}  |  ${p.city}`, '',
    'About me', wrap(p.summary), '',
    'My working life so far', ...s.map((x) => wrap(x) + '\n'),
    'Skills', ...p.skills.map((x) => `- ${x}`), '',
    'Languages', ...p.languages.map((x) => `- ${x}`), '',
    'Qualifications and registrations', ...p.edu.map((e) => `- ${e.degree}, ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`), ...p.certs.map((c) => `- ${c}`), '',
    `Other contact: ${p.other}`, '',
  ].join('\n');
}

/** Chinese 个人资料 text kept for 网申 copy-paste: 「一、基本情况」 as one paragraph, 「二、工作经历」 as dated prose lines (年月 in sentences, 季度 / 做了三年), 「三、技能」. */
export function txtZhZiliao(p: Person): string {
  const js = oldest(p);
  const lines = js.map((j) => `${j.when ? `${j.when}（${zh(j.start)}—${j.end ? zh(j.end) : '至今'}）` : j.end ? `${zh(j.start)}至${zh(j.end)}` : `${zh(j.start)}至今`}，在${j.company}任${j.title}${j.note ? `（${j.note}）` : ''}。${j.bullets.join('；')}。`);
  for (const b of p.breaks) { const k = js.findIndex((j) => j.start > b.start); lines.splice(k < 0 ? lines.length : k, 0, `${zh(b.start)}至${zh(b.end)}，${b.text}。`); }
  const nm = p.alt ? `${p.name}（${p.alt}）` : p.name;
  return [
    `${nm} 个人资料`, '',
    '一、基本情况',
    `${nm}，现居${p.city}，${p.headline}。手机 ${p.phoneLocal}，电子邮箱 ${p.email}。${p.edu.map((e) => `${zh(e.start)}至${zh(e.end)}就读于${e.school}，${e.degree}`).join('；')}。`, '',
    '二、工作经历', ...lines.map((l, i) => `${i + 1}. ${l}`), '',
    '三、专业技能', p.skills.join('、'), '',
    '四、证书', p.certs.join('、'), '',
    '五、语言', p.languages.join('、'), '',
    `（备用联系电话：${p.other}）`, '',
  ].join('\n');
}

/** 闲鱼-type second-hand marketplace "service" listing copied as text: price, 想要/浏览 counters, 宝贝描述 with the designer's history, seller card. */
export function xianyuListing(p: Person): string {
  const js = newest(p);
  return [
    '闲鱼', '', `¥ 800 起`, '包邮 · 浙江杭州 · 3天前发布', '', `【接单】品牌LOGO / VI / 包装设计 十年设计师 主理人${p.name} 可开发票`, '',
    '宝贝描述', '----',
    `你好，我是${p.name}，${p.summary}`,
    '我的经历：',
    ...js.map((j) => `▪ ${dotShort(j.start)}-${j.end ? dotShort(j.end) : '至今'}  ${j.company}  ${j.title}${j.note ? `（${j.note}）` : ''}`),
    ...js.filter((j) => j.kind === 'self').map((j) => `  ${j.bullets.join('；')}`),
    '',
    `擅长：${p.skills.join(' | ')}`,
    `证书：${p.certs.join('、')}`,
    `学历：${p.edu.map((e) => `${e.school} ${e.degree}（${e.start.slice(0, 4)}-${e.end.slice(0, 4)}）`).join('')}`,
    `语言：${p.languages.join('、')}`,
    '', `拍前请先聊，报价看需求。急单请直接打电话 ${p.phoneLocal}，或发邮件 ${p.email}，工作室座机 ${p.other!.replace('工作室座机 ', '')}。`,
    '', '#LOGO设计 #VI设计 #包装设计 #品牌设计', '', '23人想要 · 1526浏览', '', '卖家：一帆视觉 | 实名认证 | 芝麻信用极好 | 好评率 100%', '留言 (3)',
    '买家 x***7：做一个奶茶店全套多少钱？', `卖家回复：私聊发你报价单哈`, '',
  ].join('\n');
}

/** QQ 兼职群 / 求职群 post copied from the PC client: group banner, sender line with 群头衔 and time, the 求职 message with dated lines, replies. */
export function qqGroupPost(p: Person): string {
  const js = oldest(p);
  const g = groups(js);
  const lines: string[] = [];
  for (const x of g) {
    if (x.jobs.length > 1) { lines.push(`◆ ${x.company}`); for (const j of x.jobs) lines.push(`   ${j.when ?? `${dot(j.start)}-${j.end ? dot(j.end) : '至今'}`}　${j.title}${j.when ? `（${dot(j.start)}-${j.end ? dot(j.end) : '至今'}）` : ''}`); }
    else { const j = x.jobs[0]; lines.push(`◆ ${j.when ?? `${dot(j.start)}-${j.end ? dot(j.end) : '至今'}`}　${j.company}　${j.title}${j.when ? `（${dot(j.start)}-${j.end ? dot(j.end) : '至今'}）` : ''}${j.note ? `（${j.note}）` : ''}`); }
  }
  const b = p.breaks[0];
  lines.splice(lines.findIndex((l) => l.includes('岳麓')), 0, `◆ ${dot(b.start)}-${dot(b.end)}　${b.text}（没上班）`);
  return [
    '长沙仓储物流招聘求职群(6125****)', '群公告：发求职信息请注明 姓名+电话+工种，禁止发广告', '',
    `【群主】长沙物流人才-老周 2026/12/02 19:41:07`, '求职的兄弟按格式发，别刷屏', '',
    `【活跃】${p.name} 2026/12/02 20:15:33`,
    `【求职】${p.name}，36岁，${p.city}，求 仓库主管/物流站点管理，可长白班`,
    `电话：${p.phoneLocal}（微信同号）  邮箱：${p.email}`,
    '工作经历：', ...lines,
    `会：${p.skills.join('、')}`, `证：${p.certs.join('、')}`, `学历：${p.edu[0].school} ${p.edu[0].degree}`, `语言：${p.languages.join('、')}`,
    '驿站这边想转出去了，有合适的老板私聊', '',
    '【潜水】湘江仓配-HR小刘 2026/12/02 20:31:02', `@${p.name} 加你了，我们雨花区仓库招主管，电话 0731-85531207`, '',
  ].join('\n');
}
void month;
