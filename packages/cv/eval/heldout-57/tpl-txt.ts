/** Plain-text templates for heldout-57 (UTF-8). */
import { shown, type Person, type Job } from './people.ts';
import { f, rng, newestFirst, byEmployer, groups, span, Y, MONTH, M } from './lib.ts';

// Usenet post to a resumes newsgroup
export function usenet(p: Person): string {
  const us = p.id === 'p01';
  const wrap = (s: string, ind = '') => s.replace(/(.{1,68})(\s+|$)/g, `${ind}$1\n`).trimEnd();
  const body = [`${p.name.toUpperCase()}`, `${p.address}`, `Cell ${p.phoneLocal}  |  ${p.email}`, '', 'OBJECTIVE', wrap(us ? 'Project manager role in water resources / drainage, Central Texas.' : 'Seeking a police constable or control-room post in the west of Scotland.', '  '), '',
    'EXPERIENCE', ...newestFirst(p.jobs).flatMap((j) => [`  ${rng(j, f.month, 'present', ' - ')}`, `    ${j.title}, ${j.company} (${j.town})`, ...j.duties.map((d) => wrap(`- ${d}`, '      '))]), '',
    'SKILLS', ...p.skills.map((s) => `  * ${shown(s)}`), '', us ? 'LICENSES' : 'LICENCES', ...p.certs.map((c) => `  ${c}`), '', 'EDUCATION', ...p.edu.map((e) => `  ${e.degree}, ${e.school}, ${Y(e.end)}`), '', 'LANGUAGES', `  ${p.languages.join(', ')}`];
  return [`Path: news.eternal-september.org!reader02.news.weretis.net!not-for-mail`, `From: ${p.name} <${p.email}>`, `Newsgroups: ${us ? 'misc.jobs.resumes,austin.jobs' : 'uk.jobs.wanted,scot.general'}`,
    `Subject: RESUME: ${p.headline} -- ${us ? 'Austin TX, will relocate in TX' : 'Glasgow'}`, `Date: ${us ? 'Tue, 17 Nov 2026 21:04:12 -0600' : 'Sun, 22 Nov 2026 10:31:55 +0000'}`, `Organization: None`, `Lines: ${body.length + 4}`,
    `Message-ID: <${us ? 'mw' : 'es'}.2026.11@news.individual.net>`, `X-Newsreader: slrn 1.0.3`, '', ...body, '', '-- ', `${p.name} | ${p.phoneLocal} | please reply by e-mail, not to the group`, ''].join('\n');
}

// Otter.ai-style transcript export of a recruiter phone screen
export function otter(p: Person): string {
  const who = p.name.split(' ')[0];
  const lines: [string, string][] = [['Recruiter', `Hi ${who}, thanks for making time. Can you walk me through your background, most recent first?`]];
  let t = 14;
  for (const j of newestFirst(p.jobs)) lines.push([p.name, `${j.end ? 'Then' : 'Right now'} I ${j.end ? 'was' : 'am'} ${/^[AEIOU]/.test(j.title) ? 'an' : 'a'} ${j.title} at ${j.company} in ${j.town}, ${j.yearsOnly ? `from ${Y(j.start)} to ${Y(j.end!)}` : `from ${f.month(j.start)} ${j.end ? `to ${f.month(j.end)}` : 'until now'}`}. ${j.duties[0]}.`]);
  lines.push(['Recruiter', 'Great. And what would you list as your core skills?']);
  lines.push([p.name, `I'd say ${p.skills.map(shown).slice(0, -1).join(', ')} and ${shown(p.skills[p.skills.length - 1])}.`]);
  lines.push(['Recruiter', `Perfect. I'll send the details to ${p.email}. Is ${p.phoneLocal} still the best number?`]);
  lines.push([p.name, 'Yes, that is my mobile.']);
  lines.push(['Recruiter', 'And my direct line is +1 647 555 0108 if anything comes up. Talk soon.']);
  const ts = () => { t += 23 + (t % 17); return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`; };
  return [`Phone screen - ${p.name}`, `Thu, Nov 19, 2026 2:03PM • ${Math.ceil(t / 60) + 6}:12`, '', 'SUMMARY KEYWORDS', `${p.jobs[p.jobs.length - 1].company.split(' ')[0].toLowerCase()}, role, years, team, mobile, details, send`, '', 'SPEAKERS', `Recruiter, ${p.name}`, '',
    ...lines.flatMap(([s, x]) => [`${s}  ${ts()}`, x, '']), '', 'Transcribed by https://otter.ai', ''].join('\n');
}

// 讯飞听见 transcription export (Chinese phone interview)
export function iflytek(p: Person): string {
  const out: string[] = [`讯飞听见 · 转写结果`, `文件名：电话沟通_${p.name}_20261118.m4a　　时长：00:09:41　　转写时间：2026-11-18 16:20`, ''];
  let t = 3;
  const say = (who: string, s: string) => { out.push(`${who}  00:0${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`, s, ''); t += 37; };
  say('说话人1', `喂，您好，请问是${p.name}吗？我是人力资源这边的，想跟您简单了解一下工作经历。`);
  say('说话人2', `对，我是${p.name}。`);
  for (const j of p.jobs) say('说话人2', `${f.zh(j.start)}到${j.end ? f.zh(j.end) : '现在'}，我在${j.company}，做${j.title}，${j.duties[0]}。`);
  say('说话人1', '好的，那您主要的专业技能有哪些？');
  say('说话人2', `主要是${p.skills.map(shown).join('、')}这些。`);
  say('说话人1', `好，您的手机是${p.phoneLocal}，邮箱是${p.email}，对吧？我这边座机是020-3888 6100，有问题随时联系。`);
  say('说话人2', '对，没错。');
  out.push('——以上内容由讯飞听见自动转写，仅供参考——', '');
  return out.join('\n');
}

// KakaoTalk chat export (mixed)
export function kakao(p: Person): string {
  const o = [`${p.name} 님과 카카오톡 대화`, '저장한 날짜 : 2026-11-20 14:02:33', '', '--------------- 2026년 11월 18일 수요일 ---------------',
    `[헤드헌터 박지훈] [오후 3:12] 안녕하세요 ${p.latin}님, 어제 말씀드린 포지션 건으로 연락드립니다. CV 텍스트로 보내주실 수 있을까요?`, `[헤드헌터 박지훈] [오후 3:12] 제 번호는 010-5555-0187 입니다`,
    `[${p.name}] [오후 4:40] 네 여기 보내드립니다!`, `[${p.name}] [오후 4:41] "${p.name} (${p.latin})`, `Mobile ${p.phoneLocal} / ${p.email}`, p.address, '', 'WORK EXPERIENCE',
    ...newestFirst(p.jobs).map((j) => `${f.dot(j.start)} - ${j.end ? f.dot(j.end) : '现在'}  ${j.company} | ${j.title}`), '', 'SKILLS', p.skills.map(shown).join(' / '), '', 'EDUCATION', ...p.edu.map((e) => `${f.dot(e.start)} - ${f.dot(e.end)} ${e.school}, ${e.degree}`), '', 'LANGUAGES', p.languages.join(', '), `CERTIFICATES: ${p.certs.join(', ')}"`,
    `[${p.name}] [오후 4:41] 사진`, `[헤드헌터 박지훈] [오후 4:55] 감사합니다 ㅎㅎ 고객사에 전달하겠습니다`, '--------------- 2026년 11월 20일 금요일 ---------------', `[헤드헌터 박지훈] [오후 1:58] 1차 면접 일정 잡혔습니다. 11/25(수) 오전 10시 괜찮으세요?`, `[${p.name}] [오후 2:01] 네 가능합니다!`, ''];
  return o.join('\n');
}

// Tabula CSV extract of a form PDF (merged cells become blanks)
const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""').replace(/\n/g, ' ')}"` : s);
export function tabula(p: Person): string {
  const L: string[][] = [];
  if (p.id === 'p10') {
    L.push(['中文姓名', p.name, '英文姓名', 'CHEN, YI-CHUN', '性別', '女', ''], ['出生年月日', '1984年3月12日', '國籍', '中華民國', '現職', '助理教授', ''], ['聯絡電話', `（公）${p.otherPhone!.replace('辦公室 ', '')}　（手機）${p.phoneLocal}`, '', '', '', '', ''], ['E-mail', p.email, '', '通訊地址', p.address, '', '']);
    L.push([], ['服務機關', '單位', '職稱', '專兼任', '起', '訖']);
    for (const g of groups(newestFirst(byEmployer(p)))) g.forEach((j, i) => L.push([i ? '' : j.company, j.company.includes('大學') ? '資訊工程系' : '研發處', j.title, j.partTime ? '兼任' : '專任', f.zh2(j.start), j.end ? f.zh2(j.end) : '迄今']));
    L.push([], p.skills.map((s, i) => `${i + 1}. ${shown(s)}`), [], ['證照', p.certs.join('；'), '語文', p.languages.join('；')]);
  } else if (p.id === 'p13') {
    L.push(['フリガナ', p.kana!, '性別', '男', '生年月', p.born, '最寄駅', 'ゆりかもめ 豊洲'], ['氏名 Name', `${p.name}（${p.latin}）`, '国籍', '中国', '経験年数', `${Math.floor(Number(monthsTotal(p)) / 12)}年`, '稼働', '即日可 / 要相談'], ['連絡先', `携帯 ${p.phoneLocal} ${p.email}`, '', '', '語学', p.languages.join(' / '), '', ''], ['資格', p.certs.join(' '), '', '', '', '', '', ''], ['得意分野 Skills', p.skills.map(shown).join('、'), '', '', '', '', '', '']);
    L.push([], ['在籍期間', '会社名 Company', '役職 Position', '雇用形態']);
    for (const g of groups(byEmployer(p))) g.forEach((j, i) => L.push([`${f.ym(j.start)}～${j.end ? f.ym(j.end) : '現在'}`, i ? '' : `${j.company} （${j.town}）`, j.title, '正社員']));
  } else {
    L.push(['', `${p.name} ${p.latin} · ${p.born.slice(0, 4)}년생 · 남`, '', ''], ['휴대폰 Mobile', p.phoneLocal, '이메일 E-mail', p.email], ['전화번호 Tel', p.otherPhone!, '국적 Nationality', '중국 (E-7)'], ['주소 Address', p.address, '', '']);
    L.push([], ['회사명 Company', '근무기간 Period', '직급·직책 Position', '담당업무 Duties', '연봉']);
    for (const j of newestFirst(p.jobs)) L.push([`${j.company} ${j.town}`, `${f.dot(j.start)} ~ ${j.end ? f.dot(j.end) : '재직중'} ${Math.floor(span(j) / 12)}년 ${span(j) % 12}개월`, j.title, j.duties.join(' '), j.end ? '면접 후 협의' : '회사내규']);
    L.push([], ['스킬 Skills'], [p.skills.map(shown).join(' ')], ['자격증', p.certs.join(', '), '외국어', p.languages.join(', ')]);
  }
  return L.map((r) => r.map(q).join(',')).join('\n') + '\n';
}
const monthsTotal = (p: Person) => { const s = new Set<number>(); for (const j of p.jobs) { const a = Number(Y(j.start)) * 12 + M(j.start); const b = j.end ? Number(Y(j.end)) * 12 + M(j.end) : 2026 * 12 + 12; for (let i = a; i <= b; i++) s.add(i); } return s.size; };
