/** Chromium (HTML/CSS) templates of heldout-51. */
import type { Person, Job } from './people.ts';
import { d, per, own, esc, skillList, newestFirst, oldestFirst, obf, proseEn, type Fmt } from './lib.ts';

const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@page { size: A4; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif; font-size: 10.5pt; color: #222; }
${css}</style></head><body>${body}</body></html>`;
const zhFont = `font-family: 'WenQuanYi Zen Hei', 'Droid Sans Fallback', 'Liberation Sans', sans-serif;`;
const initials = (p: Person) => (p.lang === 'en' ? p.name.split(/[\s-]+/).map((w) => w[0]).join('').slice(0, 2) : p.name.slice(-2));

// ------------------------------------------------------------------ letter-prose (en)
const letterTo: Record<string, string[]> = {
  p01: ['Ms Eluned Harcourt', 'Head of Insight', 'Bryn Teg Care Group', 'Unit 4, Celtic Gateway', 'Cardiff CF10 4GA', 'Dear Ms Harcourt,', 'Application: Analytics Lead (ref. BT/26/118)'],
  p05: ['The Country Director', 'Umoja Health Partners Kenya', 'P.O. Box 45112-00100', 'Nairobi', '', 'Dear Sir/Madam,', 'RE: APPLICATION FOR THE POSITION OF MONITORING, EVALUATION AND LEARNING MANAGER'],
};
export function letterProse(p: Person): string {
  const [n1, n2, n3, n4, n5, dear, re] = letterTo[p.id];
  const prose = proseEn(p);
  const gap = p.id === 'p05' ? ' Between September 2015 and January 2016 I took a break from paid work to begin my MSc in Medical Statistics at the University of Nairobi, which I completed part-time in December 2017.' : '';
  const edu = p.education.map((e) => `${e.degree} from ${e.school} (${d(e.end, 'YYYY')})`).join(', and a ');
  const body = `
<div class="from">${esc(p.name)}<br>${esc(p.address).replace(/, /g, '<br>')}</div>
<div class="date">${p.id === 'p05' ? '4th December 2026' : '4 December 2026'}</div>
<div class="to">${[n1, n2, n3, n4, n5].filter(Boolean).map(esc).join('<br>')}</div>
<p>${esc(dear)}</p>
<p class="re">${esc(re)}</p>
<p>I am writing to apply for the above post. Rather than send a separate CV, I have set out my experience below; I would be glad to provide any further detail.</p>
<p>${esc(prose.slice(0, 2).join(' '))}${esc(gap)}</p>
<p>${esc(prose.slice(2).join(' '))}</p>
<p>I hold a ${esc(edu)}. The skills I use every day are: ${esc(skillList(p).join(', '))}. I speak ${esc(p.languages.join(', '))}.${p.certs.length ? ` I am also a ${esc(p.certs.join('; '))}.` : ''}</p>
<p>I would welcome the chance to discuss the role. Thank you for considering my application.</p>
<p>Yours ${dear.includes('Sir') ? 'faithfully' : 'sincerely'},</p>
<p class="sig">${esc(p.name)}</p>
<p class="contact">The easiest way to reach me is on my mobile, ${esc(p.phoneNat)}, or by e-mail at ${esc(p.email)}. During office hours you can also leave a message on ${esc(p.office!)}.</p>`;
  return page(`body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.42; }
.from { text-align: right; margin-bottom: 10pt; } .date { text-align: right; margin-bottom: 14pt; }
.to { margin-bottom: 14pt; } .re { font-weight: bold; text-decoration: underline; } p { margin: 0 0 8pt; text-align: justify; }
.sig { margin-top: 26pt; font-style: italic; font-size: 13pt; } .contact { margin-top: 14pt; font-size: 10pt; border-top: 0.5pt solid #999; padding-top: 5pt; }`, body);
}

// ------------------------------------------------------------------ zh-jiangshi (zh, p11 in 繁體)
const course: Record<string, string[]> = {
  p09: ['《业财融合：非财务经理的财务课》', '《中小企业税务筹划实务》', '《成本核算与利润分析》'],
  p11: ['《社群經營從 0 到 1》', '《數位廣告投放與成效分析》', '《品牌文案寫作工作坊》'],
  p12: ['《冷链仓储管理实战》', '《仓库6S与目视化管理》', '《物流主管的团队管理》'],
};
export function zhJiangshi(p: Person): string {
  const tw = p.id === 'p11';
  const jobs = oldestFirst(p);
  const f = (s: string) => d(s, 'YYYY年M月');
  const parts = jobs.map((j, i) => {
    const prev = jobs[i - 1];
    if (prev && prev.company === j.company) return tw ? `${f(j.start)}升任${j.title}${j.end ? `，至${f(j.end)}` : '至今'}` : `${f(j.start)}晋升为${j.title}${j.end ? `，至${f(j.end)}` : '，至今'}`;
    if (!j.end) return tw ? `${f(j.start)}至今，任職於${j.company}，擔任${j.title}` : `${f(j.start)}至今，任${j.company}${j.title}`;
    return tw ? `${f(j.start)}至${f(j.end)}，任職於${j.company}，擔任${j.title}` : `${f(j.start)}至${f(j.end)}，在${j.company}担任${j.title}`;
  });
  const gap = p.id === 'p12' ? '（2013年1月至2013年8月因家庭原因待业）' : '';
  const ph = `<svg width="88" height="110" viewBox="0 0 88 110"><rect width="88" height="110" fill="#dfe7ef"/><circle cx="44" cy="40" r="20" fill="#9fb3c8"/><path d="M10 110 Q44 58 78 110Z" fill="#9fb3c8"/><text x="44" y="104" font-size="11" text-anchor="middle" fill="#345">${esc(p.name)}</text></svg>`;
  const L = tw ? { t: '講師簡介', bg: '講師背景', sk: '擅長領域', cs: '主講課程', st: '授課風格', ct: '聯絡方式', mob: '手機', mail: 'E-mail', org: '課程洽詢：禾光企業管理顧問（02）2507-3380 分機 21 林小姐', edu: '學歷' }
    : { t: '讲师简介', bg: '讲师背景', sk: '擅长领域', cs: '主讲课程', st: '授课风格', ct: '联系方式', mob: '讲师手机', mail: '邮箱', org: `课程咨询：蓉光企业管理咨询 ${p.id === 'p12' ? '0451-8266 1907' : '028-6512 3380'}（周老师）`, edu: '学历' };
  const body = `<div class="band"><div class="t">${L.t}</div><div class="org">${esc(L.org.split('：')[1].split(/[（(0-9]/)[0])}</div></div>
<div class="head">${ph}<div><div class="name">${esc(p.name)}</div><div class="role">${esc(p.headline)}${tw ? '　｜　企業內訓講師' : '　｜　企业内训讲师'}</div>
<div class="edu">${L.edu}：${esc(p.education.map((e) => `${e.school} ${e.degree}`).join('；'))}</div>
<div class="edu">${tw ? '證照' : '证书'}：${esc(p.certs.join('、'))}</div></div></div>
<h2>${L.bg}</h2><p>${esc(p.name)}，${esc(p.summary)}${esc(parts.join('；'))}。${esc(gap)}</p>
<h2>${L.sk}</h2><ul class="sk">${skillList(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>${L.cs}</h2><ol>${course[p.id].map((c) => `<li>${esc(c)}</li>`).join('')}</ol>
<h2>${L.st}</h2><p>${tw ? '案例導向、重視實作，學員回饋平均 4.8 / 5。' : '以案例为主，结合企业真实数据演练，学员满意度平均 4.8 分（满分 5 分）。'}</p>
<h2>${L.ct}</h2><p class="ct">${L.mob}：${esc(p.phoneNat)}　　${L.mail}：${esc(p.email)}<br>${esc(L.org)}</p>`;
  return page(`body { ${zhFont} font-size: 10.5pt; line-height: 1.6; }
.band { background: #1f4e79; color: #fff; padding: 8pt 14pt; display: flex; justify-content: space-between; align-items: baseline; }
.band .t { font-size: 18pt; letter-spacing: 4pt; } .band .org { font-size: 9pt; }
.head { display: flex; gap: 16pt; margin: 12pt 0 4pt; } .name { font-size: 20pt; font-weight: bold; color: #1f4e79; } .role { font-size: 11pt; margin-bottom: 4pt; } .edu { font-size: 9.5pt; color: #444; }
h2 { font-size: 11.5pt; color: #1f4e79; border-left: 4pt solid #c55a11; padding-left: 6pt; margin: 10pt 0 4pt; }
p { margin: 0 0 4pt; text-indent: 2em; } .ct { text-indent: 0; }
ul.sk { display: flex; flex-wrap: wrap; gap: 4pt 14pt; padding-left: 18pt; margin: 0; } ol { margin: 0; }`, body, tw ? 'zh-Hant' : 'zh');
}

// ------------------------------------------------------------------ semester (en, p04 seasons)
export function semester(p: Person): string {
  const f = own(p, 'Month YYYY');
  const research = p.work.filter((j) => /Monongahela|Clinical Research/.test(j.company)).sort((a, b) => b.start.localeCompare(a.start));
  const industry = p.work.filter((j) => !research.includes(j));
  const entry = (j: Job) => `<div class="e"><div class="r"><b>${esc(j.company)}</b><span>${esc(j.city)}</span></div><div class="r"><i>${esc(j.title)}</i><span>${esc(per(j, f, ' – ', 'Present'))}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
  const body = `<header><div><div class="n">${esc(p.name)}</div><div class="h">${esc(p.headline)}</div></div>
<div class="c">${esc(p.email)} (university)<br>${esc(p.email2!)}<br>Cell ${esc(p.phoneNat)} · Office ${esc(p.office!)}<br>${esc(p.address)}</div></header>
<h2>Education</h2>${p.education.map((e) => `<div class="r"><span><b>${esc(e.school)}</b>, ${esc(e.degree)}</span><span>${d(e.start, 'season')} – ${e.end > '2026-12' ? 'Spring 2027 (expected)' : d(e.end, 'season')}</span></div>`).join('')}
<h2>Research &amp; Teaching Appointments</h2>${research.map(entry).join('')}
<h2>Industry Experience</h2>${industry.map(entry).join('')}
<h2>Skills</h2><div class="sk"><b>Statistical:</b> ${esc(skillList(p).slice(0, 4).join(', '))}<br><b>Computing:</b> ${esc(skillList(p).slice(4).join(', '))}</div>
<h2>Languages</h2><div>${esc(p.languages.join('; '))}</div>
<h2>Presentations</h2><div>“Joint models for waitlist data,” ENAR Spring Meeting, March 2025 (poster).</div>`;
  return page(`body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
header { display: flex; justify-content: space-between; border-bottom: 2pt solid #6b0f1a; padding-bottom: 6pt; } .n { font-size: 22pt; font-variant: small-caps; color: #6b0f1a; } .h { font-size: 11pt; }
.c { text-align: right; font-size: 9pt; line-height: 1.4; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1pt; color: #6b0f1a; margin: 11pt 0 4pt; border-bottom: 0.5pt solid #aaa; }
.r { display: flex; justify-content: space-between; } .e { margin-bottom: 6pt; } ul { margin: 2pt 0 0; padding-left: 16pt; }`, body);
}

// ------------------------------------------------------------------ board-cv (en, p07 years only)
export function boardCv(p: Person): string {
  const board = p.work.filter((j) => j.partTime);
  const exec = newestFirst(p).filter((j) => !j.partTime);
  const row = (j: Job) => `<tr><td class="y">${esc(per(j, 'YYYY', ' – ', 'present'))}</td><td><b>${esc(j.company)}</b> — ${esc(j.title)}<div class="b">${esc(j.bullets.join('. '))}.</div></td></tr>`;
  const body = `<div class="top"><span class="n">${esc(p.name.toUpperCase())}</span> <span class="pn">CA(SA)</span></div>
<div class="h">Board CV · ${esc(p.headline.split('|')[0].trim())} · Independent Non-Executive Director candidate</div>
<h2>Profile</h2><p>${esc(p.summary)} Sits comfortably at the intersection of finance, risk and strategy; experienced chair of audit and risk committees.</p>
<h2>Board appointments</h2><table>${board.map(row).join('')}<tr><td class="y">2024 – present</td><td>Member, Finance Committee, Parktown Girls' Old Girls' Association (voluntary)</td></tr></table>
<h2>Executive career</h2><table>${exec.map(row).join('')}</table>
<h2>Key competencies</h2><p>${esc(skillList(p).join(' · '))}</p>
<h2>Qualifications &amp; memberships</h2><p>${esc(p.education[0].degree)}, ${esc(p.education[0].school)} (${d(p.education[0].start, 'YYYY')} – ${d(p.education[0].end, 'YYYY')}). ${esc(p.certs.join('. '))}.</p>
<h2>Languages</h2><p>${esc(p.languages.join(', '))}</p>
<div class="foot">Strictly private &amp; confidential · ${esc(p.phoneIntl)} (mobile) · ${esc(p.email)} · PA: ${esc(p.office!)}</div>`;
  return page(`body { font-size: 10.5pt; line-height: 1.4; padding-bottom: 20mm; } .top { border-bottom: 3pt solid #0b6e4f; padding-bottom: 4pt; } .n { font-size: 20pt; letter-spacing: 2pt; font-weight: bold; } .pn { font-size: 12pt; color: #0b6e4f; }
.h { color: #555; margin: 3pt 0 6pt; } h2 { font-size: 10.5pt; text-transform: uppercase; color: #0b6e4f; margin: 10pt 0 3pt; } p { margin: 0 0 4pt; }
table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 2pt 0; } td.y { width: 30mm; font-weight: bold; } .b { color: #444; font-size: 9.5pt; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 8.5pt; color: #555; border-top: 0.5pt solid #0b6e4f; padding-top: 3pt; text-align: center; }`, body);
}

// ------------------------------------------------------------------ wp-about (mixed: WordPress site CV page printed from Chrome)
const site: Record<string, string> = { p13: 'hannahlim.design', p16: 'stephng.my' };
export function wpAbout(p: Person): string {
  const f: Fmt = p.id === 'p13' ? 'Mon YYYY' : 'MM/YYYY';
  const arrow = (j: Job) => `${d(j.start, f)} → ${j.end ? d(j.end, f) : 'present'}`;
  const body = `<div class="chrome t"><span>04/12/2026, 18:02</span><span>CV – ${esc(p.latin!)} ${esc(p.name)}</span></div>
<div class="site"><div class="st">${esc(p.latin!.split(' ').slice(0, 2).join(' '))} <span>${esc(p.name)}</span></div><nav>Home · Work · Writing · <u>CV</u> · Contact</nav></div>
<h1>CV</h1>
<p class="lead">${esc(p.summary)}</p>
<div class="wp-block-columns"><div>
<h2>Experience</h2>${newestFirst(p).map((j) => `<div class="job"><h3>${esc(j.title)} — ${esc(j.company)}</h3><div class="dt">${esc(arrow(j))} · ${esc(j.city)}</div><p>${esc(j.bullets.join('. '))}.</p></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="job"><h3>${esc(e.school)}</h3><div class="dt">${d(e.start, 'YYYY')} → ${d(e.end, 'YYYY')}</div><p>${esc(e.degree)}</p></div>`).join('')}
<h2>Skills</h2><p class="tags">${skillList(p).map((s) => `<span>${esc(s)}</span>`).join(' ')}</p>
<h2>Languages</h2><p>${esc(p.languages.join(' / '))}</p>
${p.certs.length ? `<h2>Certification</h2><p>${esc(p.certs.join(', '))}</p>` : ''}
<h2>Say hello</h2><p>Email: ${esc(obf.atdot(p.email))}<br>Phone / WhatsApp: ${esc(p.phoneIntl)}<br>${esc(p.city)}</p>
</div></div>
<div class="meta">Comments are closed.</div>
<footer>© 2026 ${esc(p.latin!)} · Proudly powered by WordPress</footer>
<div class="chrome b"><span>https://${site[p.id]}/cv/</span><span>1/1</span></div>`;
  return page(`body { font-family: 'DejaVu Serif', 'WenQuanYi Zen Hei', serif; font-size: 9.5pt; line-height: 1.38; color: #111; }
.chrome { position: fixed; left: 0; right: 0; display: flex; justify-content: space-between; font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #333; } .chrome.t { top: 0; } .chrome.b { bottom: 0; }
body { padding: 8mm 0 6mm; }
.site { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1px solid #ddd; padding: 10pt 0; margin-bottom: 6pt; font-family: 'Liberation Sans', 'WenQuanYi Zen Hei', sans-serif; }
.st { font-weight: bold; font-size: 13pt; } .st span { font-weight: normal; color: #666; } nav { font-size: 9pt; }
h1 { font-size: 24pt; margin: 4pt 0 2pt; font-weight: normal; } .lead { font-size: 10.5pt; color: #333; margin: 0 0 4pt; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; margin: 9pt 0 3pt; } h3 { font-size: 10.5pt; margin: 6pt 0 0; }
.dt { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; color: #777; } .job p { margin: 2pt 0 4pt; }
.tags span { display: inline-block; border: 1px solid #bbb; border-radius: 3pt; padding: 0 5pt; margin: 0 3pt 3pt 0; font-size: 9pt; font-family: 'Liberation Sans', sans-serif; }
.meta { color: #888; font-style: italic; margin-top: 10pt; } footer { border-top: 1px solid #ddd; margin-top: 10pt; padding-top: 6pt; font-size: 8.5pt; color: #666; }`, body);
}

// ------------------------------------------------------------------ footer-brackets (en: contact only in a footer, dates in brackets after the employer)
export function footerBrackets(p: Person): string {
  const f: Fmt = p.id === 'p02' ? 'Month YYYY' : 'Mon YYYY';
  const contact = p.email2
    ? `${esc(p.email)} (personal) · ${esc(p.email2)} (work) · ${esc(p.phoneIntl)} · ${esc(p.city)}`
    : `${esc(p.email)} · cell ${esc(p.phoneNat)} · ${esc(p.city)} · shop ${esc(p.office!)}`;
  const body = `<h1>${esc(p.name)}</h1><div class="h">${esc(p.headline)}</div>
<p class="sum">${esc(p.summary)}</p>
<h2>Work history</h2>${newestFirst(p).map((j) => `<div class="j"><div><b>${esc(j.title)}</b>, ${esc(j.company)} <span class="dt">(${esc(per(j, f, ' – ', 'present'))})</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
${p.id === 'p02' ? '<p class="gap">Nov 2019 – Jan 2020: relocation to Brandon and family leave.</p>' : ''}
<h2>Skills</h2><ul class="cols">${skillList(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
${p.certs.length ? `<h2>Tickets &amp; certification</h2><p>${esc(p.certs.join(' · '))}</p>` : ''}
<h2>Education</h2>${p.education.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)} (${d(e.start, 'YYYY')}–${d(e.end, 'YYYY')})</p>`).join('')}
<h2>Languages</h2><p>${esc(p.languages.join(', '))}</p>
<p class="ref">References available on request.</p>
<div class="foot">${contact}</div>`;
  return page(`body { font-size: 10.5pt; padding-bottom: 14mm; } h1 { font-size: 24pt; margin: 0; font-weight: normal; letter-spacing: 0.5pt; } .h { color: #7a4a00; font-size: 11.5pt; margin-bottom: 6pt; }
.sum { font-style: italic; } h2 { font-size: 11pt; margin: 12pt 0 4pt; color: #7a4a00; } .j { margin-bottom: 6pt; } .dt { color: #555; }
ul { margin: 2pt 0; padding-left: 16pt; } ul.cols { columns: 2; } p { margin: 0 0 3pt; } .gap { color: #555; font-size: 9.5pt; } .ref { margin-top: 10pt; font-style: italic; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8.5pt; color: #666; border-top: 0.5pt solid #ccc; padding-top: 3pt; }`, body);
}

// ------------------------------------------------------------------ zh-arrow (zh / mixed HK): "2019.12 →" with the end on its own line
export function zhArrow(p: Person): string {
  const hk = p.id === 'p14';
  const present = hk ? '現在 Present' : '至今';
  const L = hk ? { exp: '工作經驗 Experience', sk: '技能 Skills', edu: '學歷 Education', lang: '語言 Languages', cert: '專業資格 Qualifications', mob: '手提電話', mail: '電郵' }
    : { exp: '工作经历', sk: '专业技能', edu: '教育背景', lang: '语言', cert: '证书', mob: '手机/微信同号', mail: '邮箱' };
  const mail = hk ? esc(p.email) : `${esc(obf.hash(p.email))}（请把 # 换成 @）`;
  const body = `<div class="name">${esc(p.name)}<span>${esc(p.latin!)}</span></div>
<div class="line">${esc(p.headline)}　·　${esc(p.city)}　·　${L.mob}：${esc(hk ? p.phoneIntl : p.phoneNat)}　·　${L.mail}：${mail}</div>
<h2>${L.exp}</h2>${newestFirst(p).map((j) => `<div class="j"><div class="dt">${d(j.start, 'YYYY.MM')} →<br>${j.end ? d(j.end, 'YYYY.MM') : present}</div><div class="c"><b>${esc(j.company)}</b>　${esc(j.title)}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}
<h2>${L.sk}</h2><p>${skillList(p).map(esc).join('　/　')}</p>
<h2>${L.edu}</h2>${p.education.map((e) => `<p>${d(e.start, 'YYYY.MM')} → ${d(e.end, 'YYYY.MM')}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}
<h2>${L.cert}</h2><p>${esc(p.certs.join('；'))}</p><h2>${L.lang}</h2><p>${esc(p.languages.join('；'))}</p>`;
  return page(`body { ${zhFont} font-size: 10.5pt; line-height: 1.5; } .name { font-size: 22pt; font-weight: bold; } .name span { font-size: 11pt; font-weight: normal; color: #666; margin-left: 10pt; }
.line { font-size: 9.5pt; border-bottom: 1.5pt solid #333; padding-bottom: 5pt; margin-bottom: 4pt; }
h2 { font-size: 12pt; margin: 12pt 0 5pt; } .j { display: flex; gap: 10pt; margin-bottom: 6pt; } .dt { font-family: 'DejaVu Sans Mono', 'WenQuanYi Zen Hei Mono', monospace; font-size: 9pt; width: 26mm; flex: none; color: #444; }
.c { flex: 1; } ul { margin: 2pt 0 0; padding-left: 14pt; } p { margin: 0 0 3pt; }`, body, 'zh');
}

// ------------------------------------------------------------------ stacked-dates (en table: period stacked on three lines in its own cell)
export function stackedDates(p: Person): string {
  const f: Fmt = p.id === 'p01' ? 'Sept YYYY' : p.id === 'p06' ? 'MM/YYYY' : 'Mon YYYY';
  const mails = p.email2 ? `${esc(p.email)}<br>${esc(p.email2)} (work)` : esc(p.email);
  const body = `<table class="hd"><tr><td rowspan="2" class="n">${esc(p.name)}<div>${esc(p.headline)}</div></td><td>Mobile</td><td>${esc(p.phoneNat)}</td></tr><tr><td>E-mail</td><td>${mails}</td></tr></table>
<p class="sum">${esc(p.summary)}</p>
<table class="w"><thead><tr><th>Period</th><th>Employer &amp; position</th><th>Main results</th></tr></thead><tbody>
${newestFirst(p).map((j) => `<tr><td class="p">${d(j.start, f)}<br>–<br>${j.end ? d(j.end, f) : 'present'}</td><td><b>${esc(j.company)}</b><br>${esc(j.title)}${j.partTime ? ' <i>(part-time)</i>' : ''}<br><span class="city">${esc(j.city)}</span></td><td><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`).join('')}
</tbody></table>
<table class="w s"><tr><th>Skills</th><td>${esc(skillList(p).join('; '))}</td></tr>
<tr><th>Education</th><td>${p.education.map((e) => `${esc(e.degree)} — ${esc(e.school)}, ${d(e.start, 'YYYY')}–${d(e.end, 'YYYY')}`).join('<br>')}</td></tr>
${p.certs.length ? `<tr><th>Certificates</th><td>${esc(p.certs.join('; '))}</td></tr>` : ''}
<tr><th>Languages</th><td>${esc(p.languages.join('; '))}</td></tr><tr><th>Address</th><td>${esc(p.address)}</td></tr></table>`;
  return page(`body { font-size: 10pt; } table { border-collapse: collapse; width: 100%; } .hd td { border: 0.75pt solid #555; padding: 3pt 6pt; font-size: 9.5pt; }
.hd td.n { font-size: 18pt; font-weight: bold; width: 55%; } .hd td.n div { font-size: 10pt; font-weight: normal; color: #444; }
.sum { margin: 8pt 0; } .w th, .w td { border: 0.75pt solid #555; padding: 4pt 6pt; vertical-align: top; text-align: left; } .w th { background: #e6e6e6; }
td.p { width: 24mm; text-align: center; white-space: nowrap; } .city { color: #666; font-size: 9pt; } ul { margin: 0; padding-left: 12pt; } .s { margin-top: 8pt; } .s th { width: 28mm; }`, body);
}

// ------------------------------------------------------------------ dengjika (zh table: 人才驿站 求职登记卡)
const station: Record<string, [string, string, string]> = {
  p08: ['鹏城人才驿站', '0755-8632 1190', '深圳市'], p09: ['蓉城人才驿站', '028-8670 4415', '成都市'],
  p10: ['江城人才驿站', '027-8541 6602', '武汉市'], p12: ['冰城人才驿站', '0451-8290 3376', '哈尔滨市'],
};
export function dengjika(p: Person): string {
  const [st, tel] = station[p.id];
  const jobs = newestFirst(p);
  const reasons = ['—（在职）', '职业发展', '公司搬迁', '个人原因', '合同到期'];
  const body = `<div class="title">${st} · 求职登记卡</div><div class="no"><span>编号：RC2026-${p.id.slice(1)}0817</span><span>登记日期：2026年12月2日</span></div>
<table><tr><th>姓　名</th><td>${esc(p.name)}</td><th>求职岗位</th><td>${esc(p.headline)}</td><th>期望月薪</th><td>面议</td></tr>
<tr><th>联系电话</th><td>${esc(p.phoneNat)}</td><th>电子邮箱</th><td colspan="3">${esc(p.email)}</td></tr>
<tr><th>现居住地</th><td colspan="3">${esc(p.address)}</td><th>到岗时间</th><td>一个月内</td></tr>
<tr><th>最高学历</th><td colspan="5">${esc(p.education.map((e) => `${e.school}　${e.degree}（${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}）`).join('；'))}</td></tr>
<tr><th colspan="6" class="sec">工 作 经 历（由近及远）</th></tr>
<tr><th>起止年月</th><th colspan="2">工作单位</th><th>岗位</th><th colspan="2">离职原因</th></tr>
${jobs.map((j, i) => `<tr><td class="c">${d(j.start, 'YYYY.MM')}-${j.end ? d(j.end, 'YYYY.MM') : '至今'}</td><td colspan="2">${esc(j.company)}</td><td>${esc(j.title)}</td><td colspan="2">${j.end ? (jobs[i - 1]?.company === j.company ? '内部晋升' : reasons[1 + (i % 4)]) : reasons[0]}</td></tr>`).join('')}
<tr><th>技能特长</th><td colspan="5">${esc(skillList(p).join('、'))}</td></tr>
<tr><th>证　书</th><td colspan="5">${esc(p.certs.join('、'))}</td></tr>
<tr><th>语　言</th><td colspan="5">${esc(p.languages.join('、'))}</td></tr>
<tr><th>自我评价</th><td colspan="5" class="tall">${esc(p.summary)}</td></tr></table>
<div class="ft">本卡信息仅用于人才推荐，请勿外传。驿站服务热线：${tel}（工作日 9:00-17:00）　　求职者签名：${esc(p.name)}</div>`;
  return page(`body { ${zhFont} font-size: 10pt; } .title { text-align: center; font-size: 18pt; font-weight: bold; letter-spacing: 3pt; margin-bottom: 6pt; }
.no { display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 3pt; } table { border-collapse: collapse; width: 100%; }
th, td { border: 1pt solid #000; padding: 4pt 5pt; font-size: 9.5pt; } th { background: #f1f1f1; font-weight: normal; white-space: nowrap; } th.sec { background: #d9d9d9; font-weight: bold; }
td.c { white-space: nowrap; text-align: center; } td.tall { height: 40pt; vertical-align: top; } .ft { margin-top: 8pt; font-size: 8.5pt; color: #333; }`, body, 'zh');
}

// ------------------------------------------------------------------ floats-en (en two-column with CSS floats; contact at the bottom of the side column)
export function floatsEn(p: Person): string {
  const f: Fmt = 'MM/YYYY';
  const mail = p.id === 'p06' ? `${esc(obf.paren(p.email))}<br><small>work:<br>${esc(obf.paren(p.email2!))}</small>` : p.email2 ? `${esc(p.email)}<br>${esc(p.email2)}` : esc(p.email);
  const body = `<div class="wrap"><div class="side">
<div class="mono">${esc(p.name.split(/[\s-]+/).map((w) => w[0]).join(''))}</div>
<h3>Skills</h3><ul>${skillList(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h3>Languages</h3><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h3>Education</h3>${p.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${d(e.start, 'YYYY')}–${d(e.end, 'YYYY')}</p>`).join('')}
${p.certs.length ? `<h3>Certificates</h3>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}` : ''}
<h3>Contact</h3><p><span class="m">${mail}</span><br>${esc(p.phoneIntl)}<br>${esc(p.address)}</p></div>
<div class="main"><h1>${esc(p.name)}</h1><div class="h">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
<h2>Experience</h2>${newestFirst(p).map((j) => `<div class="j"><span class="dt">${esc(per(j, f, ' – ', 'now'))}</span><b>${esc(j.title)}</b><br><i>${esc(j.company)}, ${esc(j.city)}</i><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
</div><div style="clear:both"></div></div>`;
  return page(`body { font-size: 10pt; } .side { float: left; width: 31%; background: #eef2f3; padding: 10pt; min-height: 260mm; font-size: 9pt; } .main { float: right; width: 66%; }
.mono { width: 48pt; height: 48pt; border-radius: 50%; background: #2e5e6e; color: #fff; text-align: center; line-height: 48pt; font-size: 18pt; font-weight: bold; }
.side h3 { font-size: 10pt; color: #2e5e6e; border-bottom: 1pt solid #2e5e6e; margin: 10pt 0 3pt; } .side ul { padding-left: 12pt; margin: 0; } .side p { margin: 0 0 4pt; word-wrap: break-word; } .side .m { font-size: 7.6pt; }
h1 { margin: 0; font-size: 22pt; color: #2e5e6e; } .h { font-size: 11pt; margin-bottom: 4pt; } h2 { font-size: 12pt; color: #2e5e6e; margin: 10pt 0 4pt; }
.j { margin-bottom: 7pt; } .dt { float: right; border: 0.75pt solid #2e5e6e; padding: 0 4pt; font-size: 8.5pt; } .j ul { margin: 2pt 0; padding-left: 14pt; }`, body);
}

// ------------------------------------------------------------------ zh-shuangse (two-tone, display: table-cell columns; contact at the bottom of the right column)
export function zhShuangse(p: Person): string {
  const tw = p.id === 'p11', hk = p.id === 'p14';
  const present = tw ? '現在' : hk ? 'Present' : '至今';
  const f: Fmt = tw ? 'YYYY/MM' : 'YYYY.MM';
  const L = tw ? { exp: '工作經歷', sk: '專長', cert: '證照', lang: '語言', edu: '學歷', info: '聯絡資訊', mob: '手機', tel: '公司', mail: 'Email' }
    : hk ? { exp: '工作經驗 Work Experience', sk: '技能 Skills', cert: '資格 Qualifications', lang: '語言 Languages', edu: '學歷 Education', info: '聯絡 Contact', mob: 'Mobile', tel: 'Office', mail: 'Email' }
      : { exp: '工作经历', sk: '专业技能', cert: '证书', lang: '语言', edu: '教育背景', info: '基本信息', mob: '手机', tel: '座机', mail: '邮箱' };
  const body = `<div class="t"><div class="l">
<div class="name">${esc(p.name)}</div><div class="h">${esc(p.latin!)} · ${esc(p.headline)}</div><p class="sum">${esc(p.summary)}</p>
<h2>${L.exp}</h2>${newestFirst(p).map((j) => `<div class="j"><div class="dt">${d(j.start, f)}<br>${j.end ? d(j.end, f) : present}</div><div class="c"><b>${esc(j.company)}</b><div class="ti">${esc(j.title)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}
</div><div class="r">
<h3>${L.sk}</h3><ul>${skillList(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h3>${L.cert}</h3><ul>${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h3>${L.lang}</h3><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h3>${L.edu}</h3>${p.education.map((e) => `<p>${esc(e.school)}<br>${esc(e.degree)}<br>${d(e.start, f)} – ${d(e.end, f)}</p>`).join('')}
<h3>${L.info}</h3><p>${esc(p.city)}<br>${L.mob}：${esc(p.phoneNat)}<br>${L.tel}：${esc(p.office!)}<br>${L.mail}：${esc(p.email)}</p>
</div></div>`;
  return page(`body { ${zhFont} font-size: 10pt; line-height: 1.5; } .t { display: table; width: 100%; table-layout: fixed; } .l, .r { display: table-cell; vertical-align: top; }
.l { width: 64%; padding-right: 12pt; } .r { background: #f3efe6; padding: 10pt; font-size: 9pt; border-top: 5pt solid #8c6d3f; }
.name { font-size: 24pt; font-weight: bold; color: #8c6d3f; } .h { font-size: 10.5pt; } .sum { color: #444; }
h2 { font-size: 12pt; color: #fff; background: #8c6d3f; padding: 2pt 8pt; margin: 10pt 0 6pt; } h3 { font-size: 10pt; color: #8c6d3f; margin: 8pt 0 2pt; }
.j { display: flex; gap: 8pt; margin-bottom: 6pt; } .dt { width: 17mm; flex: none; font-size: 8.5pt; color: #8c6d3f; text-align: right; border-right: 1.5pt solid #8c6d3f; padding-right: 5pt; }
.c { flex: 1; } .ti { color: #555; } ul { margin: 0; padding-left: 13pt; } .r p { margin: 0 0 4pt; word-break: break-all; }`, body, 'zh');
}
