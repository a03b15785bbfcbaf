/** Chromium templates: table and two-column ones. */
import { type Person, printed } from './people.ts';
import { FONT_EN, FONT_ZH, FONT_TC, L, durEn, esc, fmt, fontFor, fullName, months, newestFirst, range, sk } from './common.ts';
import { svgMail, svgPhone } from './html1.ts';

const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0} ${css}</style></head><body>${body}</body></html>`;
const ul = (b: string[]) => `<ul>${b.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

/** Taiwanese form-SaaS (SurveyCake-type) response print: numbered questions with answers, a table field for 工作經歷,
 * multi-choice skills as ☑ items, 緊急聯絡人 with another phone. */
export function surveycakeResponse(p: Person): string {
  const x = p.extra!;
  const rows: [string, string][] = [
    ['姓名', esc(p.name)], ['手機號碼', esc(p.phoneLocal)], ['Email', esc(p.email)], ['應徵職務', '設備課長 / 資深設備工程師'],
    ['性別 / 出生日期', `${esc(x['性別'])} / ${esc(x['出生日期'])}`], ['兵役狀況', esc(x['兵役'])],
    ['最高學歷', `${esc(p.education[0].school)} ${esc(p.education[0].degree)}（${fmt(p.education[0].start, 'YYYY/MM')}～${fmt(p.education[0].end, 'YYYY/MM')}）`],
    ['工作經歷（由近至遠）', `<table class="in"><tr><th>公司名稱</th><th>職稱</th><th>到職</th><th>離職</th><th>工作內容</th></tr>${newestFirst(p).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${fmt(j.start, 'YYYY/MM')}</td><td>${j.end ? fmt(j.end, 'YYYY/MM') : '迄今'}</td><td>${j.bullets.map(esc).join('；')}</td></tr>`).join('')}</table>`],
    ['專長技能（可複選）', sk(p).map((s) => `<span class="ck">☑ ${esc(s)}</span>`).join('')],
    ['語言能力', p.languages.map(esc).join('、')], ['證照', p.certs.map(esc).join('<br>')],
    ['緊急聯絡人', '陳美玲（母）0933-218-640'], ['自我介紹', esc(p.summary)],
  ];
  return page(`body{font:10pt ${FONT_TC};color:#333;line-height:1.55}
  .hd{display:flex;justify-content:space-between;border-bottom:3px solid #2bb3a3;padding-bottom:5px}.hd b{font-size:14pt}
  .meta{font-size:8.5pt;color:#888;margin:4px 0 8px}
  table.q{width:100%;border-collapse:collapse}table.q>tbody>tr>td{border:1px solid #d5dde3;padding:6px 8px;vertical-align:top}
  td.k{width:28%;background:#f2f7f7;color:#456}td.k i{color:#2bb3a3;font-style:normal;margin-right:5px}
  table.in{width:100%;border-collapse:collapse;font-size:9pt}table.in th,table.in td{border:1px solid #e1e6ea;padding:3px 4px;vertical-align:top}table.in th{background:#fafafa;font-weight:normal;color:#777;white-space:nowrap}
  .ck{display:inline-block;margin:0 12px 2px 0}`,
  `<div class="hd"><b>晶圓廠設備課 人才招募表單</b><span>回覆 #128 / 共 146 筆</span></div>
  <div class="meta">填答時間 2026/11/18 22:41:07 · 填答耗時 14 分 22 秒 · 來源：LINE 分享連結</div>
  <table class="q"><tbody>${rows.map(([k, v], i) => `<tr><td class="k"><i>${i + 1}.</i>${k}${i < 4 ? ' *' : ''}</td><td>${v}</td></tr>`).join('')}</tbody></table>`, 'zh-TW');
}

/** Hong Kong bilingual employment-application-style CV: 由 From / 至 To columns, last salary and reason for leaving,
 * duties in a spanning row, 住宅/手提 phones, expected salary and availability rows. */
export function hkFromToSalary(p: Person): string {
  const sal = p.id === 'p13' ? ['HK$76,000', 'HK$68,000', 'HK$41,000', 'HK$24,500'] : ['£68,000 p.a.', 'HK$72,000', '£33,500 p.a.', '£24,000 p.a.'];
  const why = p.id === 'p13' ? ['—', 'Promoted 晉升', 'Joined asset manager 轉投資產管理', 'Career advancement 事業發展'] : ['—', 'Returned to UK 回英', 'Overseas posting 海外發展', 'Promoted 晉升'];
  const x = p.extra ?? {};
  return page(`body{font:9.5pt ${FONT_EN.replace(', sans-serif', '')}, ${FONT_TC};color:#111;line-height:1.4}
  h1{text-align:center;font-size:14pt;margin:0 0 2px}.sub{text-align:center;font-size:9pt;margin-bottom:8px}
  table{width:100%;border-collapse:collapse;margin-bottom:8px}td,th{border:1px solid #555;padding:3px 5px;vertical-align:top}
  th{background:#e6e6e6;font-weight:bold;text-align:left}td.k{background:#f3f3f3;width:20%}.sec{background:#333;color:#fff;font-weight:bold}
  ul{margin:0;padding-left:16px}`,
  `<h1>個人履歷 CURRICULUM VITAE</h1><div class="sub">應徵職位 Position applied for: ${esc(p.headline)}</div>
  <table><tr><td class="sec" colspan="4">個人資料 PERSONAL PARTICULARS</td></tr>
  <tr><td class="k">姓名 (中文)<br>Name (Chinese)</td><td>${p.language === 'mixed' ? esc(p.name) : '—'}</td><td class="k">姓名 (英文)<br>Name (English)</td><td>${esc(p.altName ?? p.name)}</td></tr>
  <tr><td class="k">手提電話 Mobile</td><td>${esc(p.phoneLocal)}</td><td class="k">住宅電話 Home</td><td>${esc(p.homePhone ?? '')}</td></tr>
  <tr><td class="k">電郵 Email</td><td>${esc(p.email)}</td><td class="k">地址 Address</td><td>${esc(p.address)}</td></tr>
  ${Object.entries(x).length ? `<tr>${Object.entries(x).slice(0, 2).map(([k, v]) => `<td class="k">${esc(k)}</td><td>${esc(v)}</td>`).join('')}</tr>` : `<tr><td class="k">期望薪金 Expected salary</td><td>Negotiable 面議</td><td class="k">可上班日期 Availability</td><td>3 months notice</td></tr>`}
  </table>
  ${p.language === 'en' ? `<table><tr><td class="sec" colspan="2">姓名 NAME IN FULL</td></tr><tr><td colspan="2"><b>${esc(p.name)}</b> ${esc(p.postNominals ?? '')}</td></tr></table>` : ''}
  <table><tr><td class="sec" colspan="6">工作經驗 EMPLOYMENT HISTORY（由最近開始 latest first）</td></tr>
  <tr><th style="width:11%">由 From<br>(mm/yyyy)</th><th style="width:11%">至 To<br>(mm/yyyy)</th><th>機構名稱 Employer</th><th>職位 Position</th><th style="width:13%">最後月薪<br>Last salary</th><th style="width:16%">離職原因<br>Reason for leaving</th></tr>
  ${newestFirst(p).map((j, i) => `<tr><td>${fmt(j.start, 'MM/YYYY')}</td><td>${j.end ? fmt(j.end, 'MM/YYYY') : '現在 Present'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${sal[i]}</td><td>${why[i]}</td></tr>
   <tr><td colspan="6"><i>職責 Duties:</i>${ul(j.bullets)}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="2">專業技能 SKILLS</td></tr>${(() => { const s = sk(p); const r: string[] = []; for (let i = 0; i < s.length; i += 2) r.push(`<tr><td>${esc(s[i])}</td><td>${s[i + 1] ? esc(s[i + 1]) : ''}</td></tr>`); return r.join(''); })()}</table>
  <table><tr><td class="sec" colspan="3">學歷 EDUCATION</td></tr>${p.education.map((e) => `<tr><td style="width:22%">${fmt(e.start, 'MM/YYYY')} – ${fmt(e.end, 'MM/YYYY')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="2">專業資格 / 語言 QUALIFICATIONS / LANGUAGES</td></tr><tr><td style="width:50%">${p.certs.map(esc).join('<br>')}</td><td>${p.languages.map(esc).join('<br>')}</td></tr></table>
  ${p.referee ? `<table><tr><td class="sec" colspan="3">證明人 REFEREE</td></tr><tr><td>${esc(p.referee.name)}</td><td>${esc(p.referee.role)}</td><td>${esc(p.referee.phone)}</td></tr></table>` : ''}`, 'zh-HK');
}

/** South African CV: "CURRICULUM VITAE — NAME" title, personal-details label table (Surname / First names / ID no.),
 * then one 5-row label table per job (COMPANY / POSITION / PERIOD / DUTIES / REASON FOR LEAVING). */
export function zaJobBlocks(p: Person): string {
  const x = p.extra!;
  const [first, ...rest] = p.name.split(' ');
  const why = ['Promoted', 'Career growth', 'End of internship / permanent appointment', ''];
  const tb = (rows: [string, string][]) => `<table>${rows.map(([k, v]) => `<tr><td class="k">${k}</td><td>${v}</td></tr>`).join('')}</table>`;
  return page(`body{font:10.5pt ${FONT_EN};color:#000;line-height:1.4}
  h1{text-align:center;font-size:15pt;letter-spacing:1px;margin:0 0 10px;text-decoration:underline}
  h2{font-size:11pt;background:#1f4e79;color:#fff;padding:3px 6px;margin:12px 0 4px}
  table{width:100%;border-collapse:collapse;margin-bottom:6px}td{border:1px solid #8aa;padding:3px 6px;vertical-align:top}td.k{width:30%;font-weight:bold;background:#eef3f7}
  ul{margin:0;padding-left:16px}`,
  `<h1>CURRICULUM VITAE — ${esc(p.name.toUpperCase())}</h1>
  <h2>PERSONAL DETAILS</h2>${tb([['Surname', esc(rest.join(' '))], ['First names', esc(first)], ['ID number', esc(x['ID Number'])], ['Nationality', esc(x.Nationality)],
    ['Contact numbers', `Cell: ${esc(p.phoneLocal)}<br>Home: ${esc(p.homePhone ?? '')}`], ['E-mail address', esc(p.email)], ['Residential address', esc(p.address)],
    ['Criminal record', esc(x['Criminal Record'])], ['Health', esc(x.Health)], ['Languages', p.languages.map(esc).join(', ')]])}
  <h2>CAREER OBJECTIVE</h2><div>${esc(p.summary)}</div>
  <h2>SKILLS</h2>${tb([['Skills', sk(p).map(esc).join('<br>')]])}
  <h2>EDUCATIONAL QUALIFICATIONS</h2>${p.education.map((e) => tb([['Institution', esc(e.school)], ['Qualification', esc(e.degree)], ['Year obtained', e.end.slice(0, 4)]])).join('')}
  <h2>CERTIFICATES</h2><div>${p.certs.map(esc).join('<br>')}</div>
  <h2>EMPLOYMENT HISTORY</h2>${newestFirst(p).map((j, i) => tb([['COMPANY', esc(j.company)], ['POSITION', esc(j.title)], ['PERIOD', `${fmt(j.start, 'Month YYYY')} – ${j.end ? fmt(j.end, 'Month YYYY') : 'To date'}`], ['DUTIES', ul(j.bullets)], ['REASON FOR LEAVING', why[i] || 'Currently employed']])).join('')}
  <h2>REFERENCES</h2>${p.referee ? tb([['Name', esc(p.referee.name)], ['Position', esc(p.referee.role)], ['Contact', esc(p.referee.phone)]]) : ''}`);
}

/** Chinese table résumé where each job is two rows: 时间 (rowspan) | 单位 | 职位, then a 工作内容 row; photo cell;
 * 专业技能 joined by 、 in one cell. */
export function zhTwoRowJobs(p: Person): string {
  const x = p.extra!;
  const info = Object.entries(x);
  return page(`body{font:10pt ${FONT_ZH};color:#111;line-height:1.5}
  h1{text-align:center;font-size:18pt;letter-spacing:10px;margin:0 0 8px}
  table{width:100%;border-collapse:collapse}td{border:1px solid #333;padding:4px 6px;vertical-align:middle}
  td.k{background:#dfe9f3;text-align:center;width:13%;font-weight:bold}td.sec{background:#2f5d8a;color:#fff;font-weight:bold;letter-spacing:3px}
  td.ph{width:25mm;text-align:center}td.d{text-align:center;width:22%}ol{margin:0;padding-left:18px}`,
  `<h1>个人简历</h1><table>
  <tr><td class="k">姓　名</td><td>${esc(p.name)}</td><td class="k">${esc(info[0][0])}</td><td>${esc(info[0][1])}</td><td class="ph" rowspan="4"><svg width="80" height="100" viewBox="0 0 80 100"><rect width="80" height="100" fill="#eef2f6"/><circle cx="40" cy="36" r="17" fill="#aab8c6"/><path d="M8 100c0-22 14-36 32-36s32 14 32 36z" fill="#aab8c6"/></svg></td></tr>
  <tr><td class="k">${esc(info[1][0])}</td><td>${esc(info[1][1])}</td><td class="k">${esc(info[2][0])}</td><td>${esc(info[2][1])}</td></tr>
  <tr><td class="k">手　机</td><td>${esc(p.phoneLocal)}</td><td class="k">邮　箱</td><td>${esc(p.email)}</td></tr>
  <tr><td class="k">${esc(info[3][0])}</td><td>${esc(info[3][1])}</td><td class="k">现居住地</td><td>${esc(p.city)}</td></tr>
  <tr><td class="k">求职意向</td><td colspan="4">${esc(p.headline)}</td></tr>
  <tr><td class="sec" colspan="5">工作经历</td></tr>
  <tr><td class="k">时间</td><td class="k" colspan="2" style="width:auto">工作单位</td><td class="k" colspan="2">职位</td></tr>
  ${newestFirst(p).map((j) => `<tr><td class="d" rowspan="2">${range(j, 'YYYY.MM', '—', '至今')}</td><td colspan="2">${esc(j.company)}</td><td colspan="2">${esc(j.title)}</td></tr>
   <tr><td colspan="4">工作内容：<ol>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ol></td></tr>`).join('')}
  <tr><td class="sec" colspan="5">教育背景</td></tr>
  ${p.education.map((e) => `<tr><td class="d">${fmt(e.start, 'YYYY.MM')}—${fmt(e.end, 'YYYY.MM')}</td><td colspan="2">${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
  <tr><td class="k">专业技能</td><td colspan="4">${sk(p).map(esc).join('、')}</td></tr>
  <tr><td class="k">证　书</td><td colspan="4">${p.certs.map(esc).join('；')}</td></tr>
  <tr><td class="k">语　言</td><td colspan="4">${p.languages.map(esc).join('；')}</td></tr>
  <tr><td class="k">自我评价</td><td colspan="4">${esc(p.summary)}</td></tr>
  ${p.referee ? `<tr><td class="k">证明人</td><td colspan="4">${esc(p.referee.name)}（${esc(p.referee.role)}）　电话：${esc(p.referee.phone)}</td></tr>` : ''}
  </table>`, 'zh-CN');
}

/** IT-contractor table CV: Skills summary table (Skill | Years | Last used | Level) and an Employment summary table
 * (From | To | Employer | Role | Location), then role details. */
export function skillYearsTable(p: Person): string {
  const yrs = p.id === 'p04' ? [10, 12, 5, 3, 8, 9, 7, 12, 12] : [12, 9, 10, 6, 16, 14, 10, 11];
  const lvl = (n: number) => (n >= 10 ? 'Expert' : n >= 6 ? 'Advanced' : 'Intermediate');
  return page(`body{font:10pt ${FONT_EN};color:#111;line-height:1.35}
  .hd{display:grid;grid-template-columns:1fr auto;border-bottom:2px solid #444;padding-bottom:6px}
  h1{margin:0;font-size:18pt}.r{text-align:right;font-size:9.5pt}
  h2{font-size:11pt;margin:12px 0 4px;color:#444}
  table{width:100%;border-collapse:collapse}th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}th{background:#ddd}
  .det{margin-top:6px}.det b{display:block}ul{margin:2px 0 6px;padding-left:18px}`,
  `<div class="hd"><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)} — available on 4 weeks' notice</div></div>
  <div class="r">Mobile: ${esc(p.phoneLocal)}<br>${esc(p.email)}<br>${esc(p.city)}</div></div>
  <h2>Profile</h2><div>${esc(p.summary)}</div>
  <h2>Skills summary</h2><table><tr><th>Skill</th><th>Years</th><th>Last used</th><th>Level</th></tr>
  ${sk(p).map((s, i) => `<tr><td>${esc(s)}</td><td>${yrs[i] ?? 5}</td><td>${i === 2 && p.id === 'p04' ? '2023' : '2026'}</td><td>${lvl(yrs[i] ?? 5)}</td></tr>`).join('')}</table>
  <h2>Employment summary</h2><table><tr><th>From</th><th>To</th><th>Employer</th><th>Role</th><th>Location</th></tr>
  ${newestFirst(p).map((j) => `<tr><td>${fmt(j.start, 'MON YYYY')}</td><td>${j.end ? fmt(j.end, 'MON YYYY') : 'PRESENT'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.city)}</td></tr>`).join('')}</table>
  <h2>Role details</h2>${newestFirst(p).map((j) => `<div class="det"><b>${esc(j.title)} — ${esc(j.company)}</b>${ul(j.bullets)}</div>`).join('')}
  <h2>Education</h2><table>${p.education.map((e) => `<tr><td style="width:25%">${fmt(e.start, 'MON YYYY')} – ${fmt(e.end, 'MON YYYY')}</td><td>${esc(e.degree)}, ${esc(e.school)}</td></tr>`).join('')}</table>
  <h2>Certifications</h2><div>${p.certs.map(esc).join('; ')}</div><h2>Languages</h2><div>${p.languages.map(esc).join('; ')}</div>`);
}

/** Two-column résumé whose shaded RIGHT rail carries the name itself at its top (photo disc, name, headline), then
 * contact, skills, languages; the left main column opens straight with the profile. */
export function nameInRail(p: Person): string {
  const zh = p.language === 'zh';
  const present = zh ? '至今' : 'Present';
  const st = zh ? 'YYYY.MM' : 'MM/YYYY';
  return page(`body{font:10pt ${fontFor(p)};color:#222;line-height:1.5}
  .w{display:flex;gap:8mm;min-height:262mm}.main{flex:1}.rail{width:60mm;background:#eef1ec;padding:8mm 5mm}
  .disc{width:26mm;height:26mm;border-radius:50%;background:#c5cfc0;margin:0 auto 6px;overflow:hidden;display:flex;align-items:flex-end;justify-content:center}
  .nm{font-size:17pt;font-weight:bold;text-align:center;line-height:1.25}.hl{text-align:center;color:#5b6b57;font-size:9.5pt;margin-bottom:10px}
  h3{font-size:10pt;text-transform:uppercase;letter-spacing:1px;color:#5b6b57;border-bottom:1px solid #9aa894;margin:12px 0 5px}
  h2{font-size:13pt;color:#5b6b57;margin:14px 0 6px;border-bottom:2px solid #5b6b57}h2:first-child{margin-top:0}
  .job{margin-bottom:8px}.job .t{font-weight:bold}.job .c{display:flex;justify-content:space-between;gap:6px;color:#555}.job .c span:last-child{white-space:nowrap}
  ul{margin:2px 0;padding-left:16px}.rail div.l{margin-bottom:3px}.rail div.em{font-size:8.2pt}`,
  `<div class="w"><div class="main">
  <h2>${L(p, 'Profile', '个人简介')}</h2><div>${esc(p.summary)}</div>
  <h2>${L(p, 'Experience', '工作经历')}</h2>${newestFirst(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="c"><span>${esc(j.company)} · ${esc(j.city)}</span><span>${range(j, st, ' – ', present)}</span></div>${ul(j.bullets)}</div>`).join('')}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="t">${esc(e.degree)}</div><div class="c"><span>${esc(e.school)}</span><span>${fmt(e.start, st)} – ${fmt(e.end, st)}</span></div></div>`).join('')}
  ${p.referee ? `<h2>${L(p, 'Referee', '证明人')}</h2><div>${esc(p.referee.name)}, ${esc(p.referee.role)} · ${esc(p.referee.phone)}</div>` : ''}
  </div><div class="rail">
  <div class="disc"><svg width="80" height="80" viewBox="0 0 80 80"><circle cx="40" cy="30" r="15" fill="#8e9c89"/><path d="M8 80c0-20 14-32 32-32s32 12 32 32z" fill="#8e9c89"/></svg></div>
  <div class="nm">${esc(p.name)}${p.altName ? `<br><span style="font-size:12pt">${esc(p.altName)}</span>` : ''}</div><div class="hl">${esc(p.headline)}</div>
  <h3>${L(p, 'Contact', '联系方式')}</h3><div class="l">${zh ? '手机' : 'Mobile'} ${esc(p.phoneLocal)}</div>${p.homePhone ? `<div class="l">${zh ? '座机' : 'Home'} ${esc(p.homePhone)}</div>` : ''}<div class="l em">${esc(p.email)}</div><div class="l">${esc(p.address)}</div>
  <h3>${L(p, 'Skills', '专业技能')}</h3>${sk(p).map((s) => `<div class="l">${esc(s)}</div>`).join('')}
  <h3>${L(p, 'Languages', '语言')}</h3>${p.languages.map((s) => `<div class="l">${esc(s)}</div>`).join('')}
  <h3>${L(p, 'Certifications', '证书')}</h3>${p.certs.map((s) => `<div class="l">${esc(s)}</div>`).join('')}
  </div></div>`, zh ? 'zh-CN' : 'en');
}

const icon = {
  phone: `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M6.6 10.8a15.1 15.1 0 006.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>`,
  mail: `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M2 5h20v14H2zm2 2v.5l8 5 8-5V7l-8 5z"/></svg>`,
  pin: `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M12 2a7 7 0 00-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6a2.5 2.5 0 010 5z"/></svg>`,
};
/** Dark left rail whose contact lines are SVG icons with the bare value (no words), skills with 5 SVG dots; main column
 * with company first and "2022/06 - 现在" / "Mar 2024 – Now" dates under it. */
export function svgIconRail(p: Person): string {
  const zh = p.language === 'zh';
  const dots = (n: number) => `<svg width="52" height="8" viewBox="0 0 52 8">${[0, 1, 2, 3, 4].map((i) => `<circle cx="${4 + i * 11}" cy="4" r="3.5" fill="${i < n ? '#f0c36d' : '#4d5a6b'}"/>`).join('')}</svg>`;
  const lv = [5, 4, 5, 4, 4, 5, 3, 4, 4];
  return page(`body{font:10pt ${fontFor(p)};color:#222;line-height:1.5}
  .w{display:grid;grid-template-columns:62mm 1fr;min-height:264mm}.side{background:#2d3a4a;color:#e8edf2;padding:8mm 5mm}
  .side h1{font-size:20pt;margin:0;color:#fff;line-height:1.2}.side .hl{color:#f0c36d;margin-bottom:10px}
  .side h3{font-size:10pt;color:#f0c36d;letter-spacing:1px;margin:14px 0 6px}
  .ic{display:flex;gap:6px;align-items:flex-start;margin-bottom:5px;font-size:8.6pt}.ic svg{flex:none;margin-top:3px}
  .sk{display:flex;justify-content:space-between;align-items:center;margin-bottom:3px;font-size:9.5pt}
  .main{padding:6mm 0 0 7mm}h2{font-size:13pt;color:#2d3a4a;margin:0 0 8px;border-bottom:2px solid #f0c36d;display:inline-block}
  .job{margin-bottom:10px}.co{font-weight:bold;font-size:11pt}.dt{color:#8a6d2f;font-size:9pt}ul{margin:2px 0;padding-left:16px}.sec{margin-bottom:12px}`,
  `<div class="w"><div class="side"><h1>${esc(p.name)}</h1>${p.altName ? `<div style="font-size:12pt">${esc(p.altName)}</div>` : ''}<div class="hl">${esc(p.headline)}</div>
  <div class="ic">${icon.phone}<span>${esc(p.phoneLocal)}</span></div><div class="ic">${icon.mail}<span>${esc(p.email)}</span></div><div class="ic">${icon.pin}<span>${esc(p.address)}</span></div>
  <h3>${L(p, 'SKILLS', '专业技能')}</h3>${sk(p).map((s, i) => `<div class="sk"><span>${esc(s)}</span>${dots(lv[i] ?? 4)}</div>`).join('')}
  <h3>${L(p, 'LANGUAGES', '语言')}</h3>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}
  <h3>${L(p, 'CERTIFICATES', '证书')}</h3>${p.certs.map((s) => `<div style="font-size:9pt">${esc(s)}</div>`).join('')}
  </div><div class="main">
  <div class="sec"><h2>${L(p, 'About', '自我评价')}</h2><div>${esc(p.summary)}</div></div>
  <div class="sec"><h2>${L(p, 'Experience', '工作经历')}</h2>${newestFirst(p).map((j) => `<div class="job"><div class="co">${esc(j.company)}</div><div>${esc(j.title)}</div><div class="dt">${zh ? range(j, 'YYYY/MM', ' - ', '现在') : range(j, 'Mon YYYY', ' – ', 'Now')}</div>${ul(j.bullets)}</div>`).join('')}</div>
  <div class="sec"><h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="co">${esc(e.school)}</div><div>${esc(e.degree)}</div><div class="dt">${zh ? `${fmt(e.start, 'YYYY/MM')} - ${fmt(e.end, 'YYYY/MM')}` : `${fmt(e.start, 'Mon YYYY')} – ${fmt(e.end, 'Mon YYYY')}`}</div></div>`).join('')}</div>
  </div></div>`, zh ? 'zh-CN' : 'en');
}

/** CSS grid with grid-template-areas where the sidebar is painted LEFT but comes AFTER the main column in the source;
 * title | employer on one line, dates in small caps flush right; Canadian / Australian spelling. */
export function gridAreasShuffled(p: Person): string {
  return page(`body{font:10pt ${FONT_EN};color:#1d1d1d;line-height:1.45}
  .g{display:grid;grid-template-columns:58mm 1fr;grid-template-areas:"head head" "side main";column-gap:7mm}
  .head{grid-area:head;border-bottom:3px double #8c2f39;padding-bottom:6px;margin-bottom:8px}.main{grid-area:main}.side{grid-area:side;border-right:1px solid #d9c5c8;padding-right:5mm}
  h1{font-size:21pt;margin:0;color:#8c2f39}.hl{font-size:11pt}
  h2{font-size:10.5pt;color:#8c2f39;text-transform:uppercase;letter-spacing:1.5px;margin:10px 0 5px}
  .job{margin-bottom:8px}.l{display:flex;justify-content:space-between;gap:8px}.l b{flex:1}.dt{font-variant:small-caps;color:#555;white-space:nowrap}
  ul{margin:2px 0;padding-left:16px}.side div{margin-bottom:3px}`,
  `<div class="g"><div class="head"><h1>${esc(p.name)}${p.postNominals ? `, ${esc(p.postNominals)}` : ''}</h1><div class="hl">${esc(p.headline)}</div></div>
  <div class="main"><h2>Summary</h2><div>${esc(p.summary)}</div>
  <h2>Work experience</h2>${newestFirst(p).map((j) => `<div class="job"><div class="l"><b>${esc(j.title)} | ${esc(j.company)}</b><span class="dt">${range(j, 'Mon YYYY', ' – ', 'present')}</span></div><div style="color:#666">${esc(j.city)}</div>${ul(j.bullets)}</div>`).join('')}
  ${(p.breaks ?? []).map((b) => `<div class="job"><div class="l"><b>Career break</b><span class="dt">${fmt(b.start, 'Mon YYYY')} – ${fmt(b.end, 'Mon YYYY')}</span></div><div>${esc(b.text)}</div></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="l"><b>${esc(e.degree)}</b><span class="dt">${fmt(e.end, 'Mon YYYY')}</span></div><div>${esc(e.school)}</div>`).join('')}
  </div>
  <div class="side"><h2>Contact</h2><div>${esc(p.phoneLocal)}</div><div style="font-size:8.6pt">${esc(p.email)}</div><div>${esc(p.address)}</div>
  <h2>Skills</h2>${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}
  <h2>Certifications</h2>${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}
  <h2>Languages</h2>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}
  ${p.referee ? `<h2>Reference</h2><div>${esc(p.referee.name)}<br>${esc(p.referee.role)}<br>${esc(p.referee.phone)}</div>` : ''}</div></div>`);
}

/** Chinese two-column with equal halves: left 工作经历 as a timeline, right 技能 / 教育 / 证书 / 语言 and 联系方式 LAST at
 * the bottom of the right half; header carries only the name and headline. */
export function zhHalfSplit(p: Person): string {
  const tw = p.id === 'p11';
  const T = (s: string, t: string) => (tw ? t : s);
  const pres = tw ? '迄今' : '至今';
  return page(`body{font:10pt ${fontFor(p)};color:#333;line-height:1.6}
  .hd{text-align:center;border-bottom:1px solid #888;padding-bottom:6px;margin-bottom:10px}h1{font-size:22pt;margin:0;letter-spacing:3px}.hd div{color:#666}
  .cols{display:grid;grid-template-columns:1fr 1fr;gap:8mm}h2{font-size:12pt;margin:0 0 8px;padding:2px 8px;background:#555;color:#fff;display:inline-block}
  .tl{border-left:2px solid #bbb;padding-left:10px}.it{position:relative;margin-bottom:10px}.it:before{content:'';position:absolute;left:-15px;top:6px;width:8px;height:8px;border-radius:50%;background:#555}
  .d{color:#777;font-size:9pt}.c{font-weight:bold}ul{margin:2px 0;padding-left:16px}.b{margin-bottom:14px}`,
  `<div class="hd"><h1>${esc(p.name)}${p.altName ? ` <span style="font-size:14pt;letter-spacing:0">${esc(p.altName)}</span>` : ''}</h1><div>${esc(p.headline)}</div></div>
  <div class="cols"><div><h2>${T('工作经历', '工作經歷')}</h2><div class="tl">${newestFirst(p).map((j) => `<div class="it"><div class="d">${range(j, 'YYYY.MM', ' — ', pres)}</div><div class="c">${esc(j.company)}</div><div>${esc(j.title)}</div>${ul(j.bullets)}</div>`).join('')}</div></div>
  <div><div class="b"><h2>${T('个人简介', '個人簡介')}</h2><div>${esc(p.summary)}</div></div>
  <div class="b"><h2>${T('专业技能', '專業技能')}</h2>${ul(sk(p))}</div>
  <div class="b"><h2>${T('教育背景', '學歷')}</h2>${p.education.map((e) => `<div class="d">${fmt(e.start, 'YYYY.MM')} — ${fmt(e.end, 'YYYY.MM')}</div><div class="c">${esc(e.school)}</div><div>${esc(e.degree)}</div>`).join('')}</div>
  <div class="b"><h2>${T('证书', '證照')}</h2>${ul(p.certs)}</div>
  <div class="b"><h2>${T('语言', '語言')}</h2>${ul(p.languages)}</div>
  <div class="b"><h2>${T('联系方式', '聯絡方式')}</h2><div>${T('手机', '手機')}：${esc(p.phoneLocal)}</div>${p.homePhone ? `<div>${T('住宅', '住家')}：${esc(p.homePhone)}</div>` : ''}<div>Email：${esc(p.email)}</div><div>${T('地址', '地址')}：${esc(p.address)}</div></div>
  </div></div>`, tw ? 'zh-TW' : 'zh-CN');
}

/** Design-tool HTML export: every block is absolutely positioned in a fixed 182 × 265 mm artboard, and the source
 * order follows the layer list (interleaving right-column and left-column blocks), not the reading order. */
export function absoluteCards(p: Person): string {
  // estimated heights in mm; left column x=0 w=58, right x=64 w=118
  const blocks: { col: 'L' | 'R'; h: number; html: string }[] = [];
  const lh = 4.6;
  blocks.push({ col: 'R', h: 20, html: `<div class="nm">${esc(p.name)}</div><div class="hl">${esc(p.headline)}</div>` });
  blocks.push({ col: 'L', h: 34, html: `<h3>CONTACT</h3><div>${esc(p.phoneLocal)}</div><div style="font-size:8.3pt">${esc(p.email)}</div><div>${esc(p.address)}</div>` });
  blocks.push({ col: 'R', h: 8 + Math.ceil(p.summary.length / 80) * lh, html: `<h3>PROFILE</h3><div>${esc(p.summary)}</div>` });
  blocks.push({ col: 'L', h: 8 + sk(p).length * lh, html: `<h3>SKILLS</h3>${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}` });
  for (const [i, j] of newestFirst(p).entries()) {
    const h = 11 + j.bullets.reduce((a, b) => a + Math.ceil(b.length / 75) * lh, 0) + (i === 0 ? 7 : 0);
    blocks.push({ col: 'R', h, html: `${i === 0 ? '<h3>EXPERIENCE</h3>' : ''}<div class="jt">${esc(j.title)}</div><div class="jm">${esc(j.company)} <span>${range(j, 'MM/YYYY', ' – ', 'present')}</span></div>${j.bullets.map((b) => `<div class="bl">${esc(b)}</div>`).join('')}` });
    if (i === 1) blocks.push({ col: 'L', h: 8 + p.certs.length * 2 * lh, html: `<h3>CERTIFICATES</h3>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}` });
  }
  blocks.push({ col: 'L', h: 8 + p.languages.length * lh, html: `<h3>LANGUAGES</h3>${p.languages.map((c) => `<div>${esc(c)}</div>`).join('')}` });
  blocks.push({ col: 'R', h: 8 + p.education.length * 3 * lh, html: `<h3>EDUCATION</h3>${p.education.map((e) => `<div class="jt">${esc(e.degree)}</div><div class="jm">${esc(e.school)} <span>${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</span></div>`).join('')}` });
  if (p.referee) blocks.push({ col: 'L', h: 22, html: `<h3>REFERENCE</h3><div>${esc(p.referee.name)}</div><div>${esc(p.referee.role)}</div><div>${esc(p.referee.phone)}</div>` });
  const y = { L: 30, R: 0 };
  const out = blocks.map((b) => { const top = y[b.col]; y[b.col] += b.h + 4; return `<div class="b" style="left:${b.col === 'L' ? 0 : 64}mm;top:${top}mm;width:${b.col === 'L' ? 56 : 118}mm">${b.html}</div>`; });
  return page(`body{font:9.5pt ${FONT_EN};color:#26324b;line-height:1.45}
  .art{position:relative;width:182mm;height:264mm;overflow:hidden}.bg{position:absolute;left:0;top:0;width:58mm;height:264mm;background:#f1efe9}
  .b{position:absolute;padding:0 3mm}.nm{font:bold 22pt ${FONT_EN};letter-spacing:.5px}.hl{font-size:11pt;color:#b0643c}
  h3{font-size:9pt;letter-spacing:2.5px;color:#b0643c;margin:0 0 3px}.jt{font-weight:bold}.jm{color:#555;display:flex;justify-content:space-between}.bl:before{content:'— '}
  .b div{word-break:break-word}`,
  `<div class="art"><div class="bg"></div>${out.join('')}</div>`);
}
