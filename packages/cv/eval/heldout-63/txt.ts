/** heldout-63: the plain-text templates (UTF-8). Each returns the file's text for one person. */
import { asc, desc, fd, fullName, jr, rng } from './lib.ts';
import type { Job, Person } from './people.ts';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - [...s].length));

// txt-avail (single): text CV of a site / seasonal worker sent to crewing and seasonal recruiters: the first line is an
// availability headline, the name comes after it, seasons printed as "Winter 22/23 (Dec 2022 – Apr 2023)", contact only
// in the closing "call or text" lines.
export function txtAvail(p: Person): string {
  if (p.language === 'zh') {
    const L: string[] = [];
    L.push('求职：厨师长 / 行政总厨｜可随时到岗｜接受外派、季节性度假酒店', '');
    L.push(`${p.name}　男　36岁　湖南湘潭人　厨龄18年　中式烹调师（高级技师）`, '');
    L.push('【工作经历】');
    for (const j of desc(p.jobs)) {
      L.push(`${jr(j, '年月', '至今', '—')}${j.season ? `（${j.season}）` : ''}　${j.company}　${j.title}`);
      L.push(`　　${j.bullets.join('；')}`);
    }
    L.push('2023年7月　待业（搬家回长沙）', '');
    L.push('【擅长】', `　　${p.skills.map((s) => s.printed).join('、')}`, '');
    L.push('【证书】', ...p.certificates.map((c) => `　　${c}`), '');
    L.push('【学历】', ...p.education.map((x) => `　　${rng(x.start, x.end, '年月', '', '—')}　${x.school}　${x.degree}`), '');
    L.push('【证明人】', ...p.referees.map((x) => `　　${x.name}　${x.role}　${x.phone}`), '');
    L.push(`有意请打电话或加微信：${p.phone.local}（微信同号）`, `邮箱：${p.email}`);
    return L.join('\n') + '\n';
  }
  const mixed = p.language === 'mixed';
  const ca = p.id === 'p03';
  const st = ca ? 'Mon. YYYY' : 'Mon YYYY';
  const head: Record<string, string[]> = {
    p03: ['AVAILABLE NOW - RED SEAL ELECTRICIAN (309A) - CAMP, SHUTDOWN OR CITY WORK', 'Willing to travel. 14/7 or 21/7 rotations OK. Own truck & tools. Clean abstract.'],
    p04: ['AVAILABLE FOR THE WINTER 26/27 SEASON (DEC - APR) OR A PERMANENT FRONT-OFFICE ROLE IN THE HIGHLANDS', 'Personal Licence holder · full UK driving licence · happy to live in'],
    p16: ['AVAILABLE FROM 1 FEB 2027 – Front Office / Guest Relations – Penang, KL or an overseas winter season', 'Can start after 1 month notice · passport valid to 2031'],
  };
  const L: string[] = [...head[p.id], ''];
  L.push(mixed ? `${p.name}  ${p.latin}` : `${p.name}${p.pronouns ? ` (${p.pronouns})` : ''}`, p.town, '');
  L.push(p.summary, '');
  L.push(p.id === 'p04' ? 'SEASON LOG & JOBS (newest first)' : mixed ? 'WORK / SEASONS (newest first) 工作经验' : 'WORK (newest first)');
  const rows: { s: string; lines: string[] }[] = desc(p.jobs).map((j) => {
    const when = j.season ? `${j.season} (${jr(j, st, 'present')})` : jr(j, st, 'present');
    const lines = [`${pad(when, 34)}${j.title}, ${j.company} (${j.town})`, ...j.bullets.map((b) => `${' '.repeat(34)}- ${b}`)];
    if (j.load && ca) lines.push(`${' '.repeat(34)}  (${j.load})`);
    return { s: j.start, lines };
  });
  for (const b of p.breaks) rows.push({ s: b.start, lines: [`${pad(rng(b.start, b.end, st, ''), 34)}${b.label}`] });
  rows.sort((a, b) => (a.s < b.s ? 1 : -1));
  for (const x of rows) L.push(...x.lines);
  L.push('');
  L.push(ca ? 'TICKETS' : 'LICENCES & CERTIFICATES');
  for (const c of p.certificates) L.push(` - ${c}`);
  L.push('');
  L.push(ca ? "WHAT I'M GOOD AT" : 'SKILLS');
  L.push(' ' + p.skills.map((s) => s.printed).join(' / '));
  L.push('');
  L.push(ca ? 'TRAINING' : 'EDUCATION');
  for (const x of p.education) L.push(` ${rng(x.start, x.end, st, '')}  ${x.degree}, ${x.school}`);
  L.push('', `Languages: ${p.languages.join(', ')}`, '');
  L.push('REFERENCES');
  for (const x of p.referees) L.push(` ${x.name}, ${x.role} - ${x.phone}`);
  L.push('');
  if (ca) L.push(`Call or text Dwayne at ${p.phone.local} (cell). Home ${p.others[0].number} - leave a message with my wife.`, `Email ${p.email}`);
  else if (mixed) L.push(`WhatsApp / H/P ${p.phone.local} · ${p.email}`);
  else L.push(`Text or call me on ${p.phone.local} (no signal on split shifts - I'll call back) · ${p.email}`);
  const text = L.join('\n') + '\n';
  return ca ? text.replace(/\n/g, '\r\n') : text;
}

// txt-contracts (single): freelancer's text CV titled "CV – name": the self-employment line first with its clients
// indented under it (quarters, "since 2022", "2024 – pres."), then "alongside" and "before that"; contact only in an
// e-mail-style signature after the "-- " delimiter at the end.
export function txtContracts(p: Person): string {
  const zh = p.language === 'zh';
  const mixed = p.language === 'mixed';
  const self = p.jobs.find((j) => j.kind === 'self')!;
  const side = desc(p.jobs.filter((j) => j.kind === 'pt'));
  const before = desc(p.jobs.filter((j) => j !== self && j.kind !== 'pt'));
  const L: string[] = [];
  if (zh) {
    L.push(`简历 — ${p.name}`, `${p.headline}　·　${p.town}`, '');
    L.push(`一、自由职业（${fd(self.start, '年月')}至今）`, `　　${self.title}：${self.bullets.join('；')}`, '　　合作机构：');
    for (const c of self.clients!) L.push(`　　· ${c.period}　${c.name}　${c.what}`);
    L.push('', '二、同期兼职');
    for (const j of side) L.push(`　　${jr(j, '年月', '至今', '—')}　${j.company}　${j.title}`);
    L.push('', '三、此前经历');
    for (const j of before) L.push(`　　${jr(j, '年月', '至今', '—')}　${j.company}　${j.title}　${j.bullets.join('；')}`);
    L.push('', '四、技能', `　　${p.skillsProse}`, '', '五、教育与证书');
    for (const x of p.education) L.push(`　　${rng(x.start, x.end, '年月', '', '—')}　${x.school}　${x.degree}`);
    for (const c of p.certificates) L.push(`　　${c}`);
    L.push(`　　语言：${p.languages.join('、')}`, '', '-- ', p.name, `手机 ${p.phone.local} · 邮箱 ${p.email}`, `排课请联系${p.others[0].label.replace('商务合作（', '').replace('）', '')}：${p.others[0].number}`);
    return L.join('\n') + '\n';
  }
  const title = mixed ? `CV – ${p.name} ${p.latin}` : `CV – ${fullName(p)}${p.pronouns ? ` (${p.pronouns})` : ''}`;
  L.push(title, `${p.headline} · ${p.town}`, '');
  const since = self.season ?? `since ${fd(self.start, 'Month YYYY')}`;
  L.push(`SELF-EMPLOYED ${since.toUpperCase()}${mixed ? ' 自由职业' : ''}`);
  L.push(`${self.company === 'Self-employed' ? 'Self-employed' : self.company} – ${self.title}, ${self.town}`);
  for (const b of self.bullets) L.push(`  ${b}`);
  L.push('  Clients:');
  const w = Math.max(...self.clients!.map((c) => [...c.period].length)) + 2;
  for (const c of self.clients!) L.push(`  * ${pad(c.period, w)}${c.name} – ${c.what}`);
  L.push('', 'ALONGSIDE');
  for (const j of side) L.push(`  ${j.season ?? jr(j, 'Mon YYYY', 'present')}  ${j.title} – ${j.company}, ${j.town}`);
  L.push('', 'BEFORE THAT');
  for (const j of before) {
    L.push(`  ${pad(jr(j, 'Mon YYYY', 'present'), 22)}${j.title} – ${j.company}, ${j.town}`);
    for (const b of j.bullets) L.push(`  ${' '.repeat(22)}${b}`);
  }
  L.push('', 'SKILLS', `  ${p.skillsProse}`, '', 'EDUCATION & CREDENTIALS');
  for (const x of p.education) L.push(`  ${fd(x.end, 'YYYY')}  ${x.degree}, ${x.school}`);
  for (const c of p.certificates) L.push(`  ${c}`);
  L.push(`  Languages: ${p.languages.join(', ')}`);
  L.push('', '-- ', mixed ? `${p.latin} ${p.name}` : fullName(p), `${p.phone.local} | ${p.email}`);
  L.push(mixed ? `Via agency: ${p.others[0].label}, ${p.others[0].number}` : `Scheduling: ${p.others[0].label.replace('Office manager, ', '')} ${p.others[0].number}`);
  return L.join('\n') + '\n';
}

// txt-zh-ziwo (single): Chinese 自荐材料 / 自我介绍 typed as text: greeting, a first paragraph that names the person and
// carries the phone and e-mail in a sentence, then numbered paragraphs telling each post as a sentence with years.
export function txtZhZiwo(p: Person): string {
  const L: string[] = [];
  const y = (s: string) => `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月`;
  if (p.id === 'p08') {
    L.push('自荐材料', '', '尊敬的领导：');
    L.push(`　　您好！我叫${p.name}，女，1990年生，护理学本科，主管护师，现任成都天府康宁康复医院神经康复病区护士长。${p.summary}如蒙面试，请拨打 ${p.phone.local} 或发邮件至 ${p.email} 与我联系。`);
    L.push('', '　　一、工作经历');
    const J = p.jobs;
    L.push(`　　${y(J[0].start)}至${y(J[0].end!)}，在${J[0].company}心内科任护士。`);
    L.push(`　　${y(J[1].start)}至${y(J[1].end!)}，在${J[1].company}ICU任护师（其间${y(p.breaks[0].start)}至${y(p.breaks[0].end)}休产假）。`);
    L.push(`　　${y(J[2].start)}至${y(J[2].end!)}，在${J[2].company}ICU任主管护师，兼任科室质控护士。`);
    L.push(`　　${y(J[3].start)}至${y(J[3].end!)}，利用休息日在${J[3].company}兼职上门护士。`);
    L.push(`　　${y(J[4].start)}至今，任${J[4].company}神经康复病区护士长，${J[4].bullets.join('，')}。`);
    L.push('', '　　二、专业技能', `　　${p.skillsProse}`);
    L.push('', '　　三、教育与资格');
    for (const x of p.education) L.push(`　　${y(x.start)}至${y(x.end)}，${x.school}${x.degree}。`);
    L.push(`　　${p.certificates.join('；')}。语言：${p.languages.join('、')}。`);
    L.push('', '　　四、证明人');
    for (const r of p.referees) L.push(`　　${r.name}（${r.role}），电话 ${r.phone}。`);
    L.push('', '　　此致', '敬礼！', '', `　　　　　　　　　　　　　　　　　　　　自荐人：${p.name}`, '　　　　　　　　　　　　　　　　　　　　2026年12月1日');
  } else {
    const J = asc(p.jobs);
    L.push('自我介绍（投递用）', '', '各位HR您好：');
    L.push(`　　我叫${p.name}，是金陵理工大学信息管理与信息系统专业2026届本科毕业生，想应聘产品运营或数据分析岗位。手机 ${p.phone.local}（微信同号），邮箱 ${p.email}，随时可以面试。`);
    L.push('　　大学期间做过的事情按时间顺序是这样的：');
    const line = (j: Job, txt: string) => L.push(`　　${txt}`);
    line(J[0], `${y(J[0].start)}到${y(J[0].end!)}，在${J[0].company}做兼职家教（初中数学），每周两次；`);
    line(J[1], `${J[1].season}（${Number(J[1].start.slice(5))}月—${Number(J[1].end!.slice(5))}月）在${J[1].company}做运营实习生，主要是公众号排版和活动数据整理；`);
    line(J[2], `${y(J[2].start)}到${y(J[2].end!)}，在${J[2].company}勤工助学，做图书馆助理，每周十小时；`);
    line(J[3], `${y(J[3].start)}到${Number(J[3].end!.slice(5))}月，在${J[3].company}做数据分析实习生，用 SQL 和 Python 搭日活、留存周报；`);
    line(J[4], `${y(J[4].start)}至今，在${J[4].company}做产品运营实习生，负责会员体系活动和 A/B 实验复盘。`);
    L.push('', `　　技能方面：${p.skillsProse}`);
    L.push(`　　证书：${p.certificates.join('、')}；${p.languages.join('、')}。`);
    L.push(`　　学校：${p.education[0].school}，${rng(p.education[0].start, p.education[0].end, 'YYYY.MM', '', '—')}，${p.education[0].note}。`);
    L.push('', '　　证明人：');
    for (const r of p.referees) L.push(`　　${r.name}，${r.role}，${r.phone}`);
    L.push('', '　　谢谢您花时间看完！');
  }
  return L.join('\n') + '\n';
}

// txt-short-cv (single): the "short CV" (one page, plain text) that interview panels, relief pools and grant annexes
// ask for: first line "Short CV – name, post-nominals", numbered items, present position(s) separately with "since
// July 2020", correspondence line (e-mail / phone) only at the very end.
export function txtShortCv(p: Person): string {
  const purpose: Record<string, string> = {
    p02: '(one page, as requested for the CNM2 competition, Critical Care Directorate)',
    p05: '(one page, for the Waikato secondary relief and permanent pool)',
    p07: '(Annex 3 to the research grant application – short CV of the Principal Investigator)',
  };
  const L: string[] = [`Short CV – ${fullName(p)}`, purpose[p.id], ''];
  const cur = desc(p.jobs.filter((j) => !j.end));
  const prev = desc(p.jobs.filter((j) => j.end));
  L.push(`1. Present position${cur.length > 1 ? 's' : ''}`);
  for (const j of cur) L.push(`   ${j.title} – ${j.company}, ${j.town} (since ${fd(j.start, 'Month YYYY')})`);
  L.push('', '2. Previous positions');
  for (const j of prev) L.push(`   ${pad(jr(j, 'Mon YYYY', ''), 22)}${j.title} – ${j.company}, ${j.town}${j.load ? ` [${j.load}]` : ''}`);
  let n = 3;
  if (p.breaks.length) {
    L.push('', `${n++}. Career breaks / leave`);
    for (const b of p.breaks) L.push(`   ${pad(rng(b.start, b.end, 'Mon YYYY', ''), 22)}${b.label}`);
  }
  L.push('', `${n++}. Education`);
  for (const x of p.education) L.push(`   ${pad(rng(x.start, x.end, 'YYYY', ''), 22)}${x.degree}, ${x.school}`);
  L.push('', `${n++}. Registration and certificates`);
  for (const c of p.certificates) L.push(`   - ${c}`);
  L.push('', `${n++}. Skills`, `   ${p.skills.map((s) => s.printed).join('; ')}`);
  L.push('', `${n++}. Languages`, `   ${p.languages.join(', ')}`);
  L.push('', `${n++}. Referees`);
  for (const r of p.referees) L.push(`   ${r.name}, ${r.role}, ${r.phone}`);
  L.push('', `Correspondence: ${p.email} / ${p.phone.local}`);
  return L.join('\n') + '\n';
}
