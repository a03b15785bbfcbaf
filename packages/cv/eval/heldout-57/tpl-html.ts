/** Chromium (HTML/CSS) templates for heldout-57. Each returns a full HTML page. */
import { people, shown, type Person, type Job } from './people.ts';
import { f, st, en, rng, esc, groups, byEmployer, newestFirst, monthsOf, span, Y, MM, M } from './lib.ts';

const page = (body: string, css: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@page{size:A4} *{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans','Noto Sans CJK SC',sans-serif;font-size:10pt;color:#111}
${css}</style></head><body>${body}</body></html>`;
const ym = (n: number) => `${Math.floor(n / 12)}`;

// 1. SF 330 Section E
export function sf330e(p: Person): string {
  const cur = p.jobs.filter((j) => j.end === null)[0];
  const withFirm = Math.floor(span({ ...cur, start: p.jobs.filter((j) => j.company === cur.company)[0].start }) / 12);
  const total = Math.floor(monthsOf(p.jobs) / 12);
  const rows = groups(newestFirst(byEmployer(p))).map((g) => g.map((j, i) => `<tr>${i === 0 ? `<td rowspan="${g.length}">${esc(j.company)}<br><span class="s">${esc(j.town)}</span></td>` : ''}<td>${esc(j.title)}</td><td>${st(j, f.mon)}</td><td>${en(j, f.mon, 'Present')}</td></tr>`).join('')).join('');
  const projects = p.jobs.filter((j) => !j.partTime).slice(-3).reverse().map((j, i) => `<tr><td class="lbl" style="width:5%">${'abc'[i]}.</td><td colspan="3"><div class="s">(1) TITLE AND LOCATION (City and State)</div><b>${esc(j.duties[0])}</b>, ${esc(j.town)}
  <div class="s">(2) YEAR COMPLETED — PROFESSIONAL SERVICES: ${j.end ? Y(j.end) : 'Ongoing'} &nbsp; CONSTRUCTION (if applicable): ${j.end ? Y(j.end) : '—'}</div>
  <div class="s">(3) BRIEF DESCRIPTION (Brief scope, size, cost, etc.) AND SPECIFIC ROLE &nbsp; <span class="box">${j.company === cur.company ? '☒' : '☐'}</span> Check if project performed with current firm</div>${esc(j.title)} (${esc(j.company)}). ${esc(j.duties.slice(1).join('. ') || j.duties[0])}.</td></tr>`).join('');
  return page(`<div class="strip">Proposal for A/E Services — Key Personnel Resume &nbsp;|&nbsp; ${esc(p.name)} &nbsp;|&nbsp; Mobile ${p.phoneLocal} &nbsp;|&nbsp; ${p.email}</div>
<table><tr><th colspan="4" class="hd">E. RESUMES OF KEY PERSONNEL PROPOSED FOR THIS CONTRACT<br><span class="s">(Complete one Section E for each key person.)</span></th></tr>
<tr><td style="width:34%"><div class="s">12. NAME</div><b>${esc(p.name)}</b></td><td style="width:30%"><div class="s">13. ROLE IN THIS CONTRACT</div>${esc(p.headline.split(',')[0])}</td><td colspan="2"><div class="s">14. YEARS EXPERIENCE</div><table class="in"><tr><td>a. TOTAL</td><td>b. WITH CURRENT FIRM</td></tr><tr><td><b>${total}</b></td><td><b>${withFirm}</b></td></tr></table></td></tr>
<tr><td colspan="4"><div class="s">15. FIRM NAME AND LOCATION (City and State)</div>${esc(cur.company)}, ${esc(cur.town)}</td></tr>
<tr><td colspan="2"><div class="s">16. EDUCATION (Degree and Specialization)</div>${p.edu.map((e) => `${esc(e.degree)}, ${esc(e.school)}, ${Y(e.end)}`).join('<br>')}</td><td colspan="2"><div class="s">17. CURRENT PROFESSIONAL REGISTRATION (State and Discipline)</div>${esc(p.certs[0])}</td></tr>
<tr><td colspan="4"><div class="s">18. OTHER PROFESSIONAL QUALIFICATIONS (Publications, Organizations, Training, Awards, etc.)</div>
<p style="margin:3px 0"><b>Technical skills:</b> ${p.skills.map(shown).map(esc).join('; ')}</p><p style="margin:3px 0"><b>Other credentials:</b> ${p.certs.slice(1).map(esc).join('; ')} &nbsp; <b>Languages:</b> ${p.languages.join(', ')}</p>
<p style="margin:3px 0"><b>Employment history:</b></p><table class="in emp"><tr><th>Employer</th><th>Position</th><th>From</th><th>To</th></tr>${rows}</table></td></tr>
<tr><th colspan="4" class="hd">19. RELEVANT PROJECTS</th></tr>${projects}</table>
<div class="foot"><span>STANDARD FORM 330 (REV. 8/2016) PAGE 3</span><span>Contact for this resume: ${p.otherPhone}</span></div>`,
  `table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px 5px;vertical-align:top;text-align:left;font-size:9.5pt} .s{font-size:7pt;font-weight:normal}
 .hd{background:#ddd;text-align:center} .in td,.in th{font-size:9pt} .in{margin:2px 0} .emp th{background:#f0f0f0} .strip{font-size:8pt;border-bottom:2px solid #333;margin-bottom:6px;padding-bottom:3px}
 .foot{display:flex;justify-content:space-between;font-size:7.5pt;margin-top:4px} .box{font-size:10pt}`);
}

// 4. ETA-9089 Section J/K worksheet
export function eta9089(p: Person): string {
  const jobs = newestFirst(p.jobs);
  const blocks = jobs.map((j, i) => `<table class="k"><tr><td colspan="4" class="sh">K. Foreign Worker Work Experience — Job ${i + 1}</td></tr>
<tr><td colspan="2"><span class="n">a.</span> Employer name<br><b>${esc(j.company)}</b></td><td colspan="2"><span class="n">b.</span> Address / City / State or Province / Country<br>${esc(j.town)}${j.town === 'Dublin' ? ', Ireland' : ', USA'}</td></tr>
<tr><td><span class="n">c.</span> Type of business<br>${j.company.includes('Nursing') ? 'Healthcare staffing' : 'Hospital / health care'}</td><td><span class="n">d.</span> Job title<br><b>${esc(j.title)}</b></td><td><span class="n">e.</span> Start date (mm/dd/yyyy)<br>${f.usDay(j.start)}</td><td><span class="n">f.</span> End date (mm/dd/yyyy)<br>${j.end ? f.usDay(j.end, true) : 'Present'}</td></tr>
<tr><td><span class="n">g.</span> Hours per week<br>${j.partTime ? '8 (per diem)' : '36'}</td><td colspan="3"><span class="n">h.</span> Job details (duties performed, use of tools, machines, equipment, skills, qualifications, certifications, licenses, etc.)<br>${j.duties.map(esc).join('; ')}.</td></tr></table>`).join('');
  return page(`<div class="top"><div><b>U.S. Department of Labor</b> · Employment and Training Administration</div><div>OMB Approval: 1205-0451</div></div>
<h1>Application for Permanent Employment Certification<br><small>ETA Form 9089 — Sections J and K: attorney worksheet for review by the foreign worker · Beneficiary: ${esc(p.name)}</small></h1>
<table class="k"><tr><td colspan="4" class="sh">J. Foreign Worker Information (This is the person for whom you are seeking certification)</td></tr>
<tr><td><span class="n">1.</span> Last name<br><b>${p.name.split(' ')[1].toUpperCase()}</b></td><td><span class="n">2.</span> First name<br><b>${p.name.split(' ')[0]}</b></td><td><span class="n">3.</span> Full middle name<br>N/A</td><td><span class="n">4.</span> Country of citizenship<br>Ireland</td></tr>
<tr><td colspan="2"><span class="n">5.</span> Current address<br>${esc(p.address)}</td><td><span class="n">6.</span> Phone<br>${p.phoneLocal} (mobile)</td><td><span class="n">7.</span> E-mail<br>${p.email}</td></tr>
<tr><td colspan="2"><span class="n">8.</span> Highest level of education / major<br>Bachelor's — ${esc(p.edu[0].degree)}</td><td><span class="n">9.</span> Institution<br>${esc(p.edu[0].school)}</td><td><span class="n">10.</span> Year completed<br>${Y(p.edu[0].end)}</td></tr>
<tr><td colspan="4"><span class="n">11.</span> Licenses and certifications held: ${p.certs.join('; ')} &nbsp; · &nbsp; Languages: ${p.languages.join(', ')}</td></tr>
<tr><td colspan="4"><span class="n">12.</span> Foreign worker's relevant skills (for comparison with H.14):<ul class="sk">${p.skills.map((s) => `<li>${esc(shown(s))}</li>`).join('')}</ul></td></tr></table>
<p class="note">List all jobs the foreign worker has held during the past 3 years and any other experience that qualifies the foreign worker for the job opportunity. Concurrent employment is listed separately.</p>${blocks}
<div class="foot">ETA Form 9089 — worksheet · Prepared by: Hollis &amp; Reyes LLP immigration team, (312) 555-0111 · Page 1</div>`,
  `h1{font-size:13pt;text-align:center;margin:4px 0 8px} h1 small{font-size:8.5pt;font-weight:normal} .top{display:flex;justify-content:space-between;font-size:8pt;border-bottom:1px solid #000}
 table.k{border-collapse:collapse;width:100%;margin-bottom:6px;page-break-inside:avoid} .k td{border:1px solid #444;padding:2px 5px;vertical-align:top;font-size:8.5pt;width:25%}
 .sh{background:#1f3a5f;color:#fff;font-weight:bold} .n{font-weight:bold} .note{font-size:8pt;font-style:italic} .sk{columns:2;margin:2px 0 0 14px;padding:0} .foot{font-size:7.5pt;text-align:right}`);
}

// 5. Union hall member work history
export function unionDispatch(p: Person): string {
  const g = groups(p.jobs);
  let ref = 10482;
  const rows = g.map((grp) => grp.map((j, i) => `<tr>${i === 0 ? `<td rowspan="${grp.length}" class="emp">${esc(j.company)}<br><span class="s">Emp # ${4000 + ref % 97}</span></td>` : ''}<td>R-${ref++}</td><td>${esc(j.town)}, ON</td><td>${j.title.startsWith('Apprentice') ? 'AP' : j.title === 'Foreman' ? 'FM' : 'JW'}<br><span class="s">${esc(j.title)}</span></td><td>${f.isoDay(j.start)}</td><td>${j.end ? f.isoDay(j.end, true) : '— working —'}</td><td>${j.end ? (j.end === '2016-11' ? 'Laid off (RIF)' : 'Reclassified') : 'Active'}</td><td class="r">${(span(j) * 152).toLocaleString('en-CA')}</td></tr>`).join('')).join('');
  return page(`<div class="hdr"><div><b>ELECTRICAL WORKERS LOCAL 1839 — CONSTRUCTION</b><br>Referral &amp; Dispatch System · Member Work History Report</div><div class="r">Run date: 2026-11-18 09:42<br>Operator: DISP02 · Page 1 of 1</div></div>
<table class="info"><tr><td>Member</td><td><b>${p.name.split(' ')[1].toUpperCase()}, ${p.name.split(' ')[0].toUpperCase()}</b></td><td>Card No.</td><td>1839-22716</td><td>Book</td><td>1</td></tr>
<tr><td>Display name</td><td>${esc(p.name)}</td><td>Classification</td><td>JW / FM</td><td>Initiated</td><td>2010-05-01</td></tr>
<tr><td>Cell</td><td>${p.phoneLocal}</td><td>E-mail</td><td colspan="3">${p.email}</td></tr>
<tr><td>Address</td><td colspan="5">${esc(p.address)}</td></tr></table>
<h2>Dispatch history (oldest first)</h2>
<table class="grid"><tr><th>Employer</th><th>Referral</th><th>Job site</th><th>Class.</th><th>Dispatched</th><th>Terminated</th><th>Reason</th><th>Hours</th></tr>${rows}
<tr class="ow"><td colspan="8">Out-of-work list: signed Book 1 on 2016-12-02 · removed 2017-02-06 on referral</td></tr></table>
<h2>Skills on file (member declared)</h2><table class="grid sk"><tr>${p.skills.map((s) => `<td>☑ ${esc(shown(s))}</td>`).join('')}</tr></table>
<h2>Certificates &amp; tickets on file</h2><table class="grid"><tr><th>Certificate</th><th>Status</th></tr>${p.certs.map((c) => `<tr><td>${esc(c)}</td><td>Verified</td></tr>`).join('')}</table>
<h2>Education / training</h2><p>${esc(p.edu[0].school)} — ${esc(p.edu[0].degree)} (${f.ym(p.edu[0].start)} to ${f.ym(p.edu[0].end)}) · Languages: ${p.languages.join(', ')}</p>
<p class="foot">Dispatch hall ${p.otherPhone?.replace('Hall ', '')} · This report is for the member's own records; hours are as reported by contributing employers.</p>`,
  `.hdr{display:flex;justify-content:space-between;font-family:'Liberation Mono',monospace;font-size:9pt;border-bottom:2px solid #000;padding-bottom:4px} .r{text-align:right}
 h2{font-size:10pt;margin:10px 0 3px;text-transform:uppercase} table{border-collapse:collapse;width:100%} .info td{padding:2px 4px;font-size:9pt} .info td:nth-child(odd){color:#555;width:12%}
 .grid td,.grid th{border:1px solid #777;padding:3px;font-size:8.5pt;vertical-align:top} .grid th{background:#e4e4e4} .s{font-size:7.5pt;color:#444} .emp{font-weight:bold;background:#fafafa} .ow td{font-style:italic;background:#fff6d8}
 .sk td{font-size:8pt} .foot{font-size:7.5pt;color:#444}`);
}

// 7. Homepage on nested layout tables (FrontPage / Dreamweaver era)
export function nestedLayout(p: Person): string {
  const zh = p.lang === 'zh';
  const rows = groups(newestFirst(byEmployer(p))).map((g) => g.map((j, i) => `<tr bgcolor="${i % 2 ? '#FFFFFF' : '#F2F7FF'}">${i === 0 ? `<td rowspan="${g.length}" valign="top"><b>${esc(j.company)}</b><br><font size="1">${esc(j.town)}</font></td>` : ''}<td valign="top">${esc(j.title)}</td><td valign="top" nowrap>${zh ? rng(j, f.dot, '至今', '—') : rng(j, f.mon, 'present', ' - ')}</td><td valign="top"><font size="1">${j.duties.map(esc).join(zh ? '；' : '; ')}</font></td></tr>`).join('')).join('');
  const L = zh ? { t: `${p.name}的个人主页`, w: '欢迎光临我的个人主页！', nav: ['首页', '个人简历', '我的相册', '留言板', '友情链接'], cv: '个人简历', bi: '基本资料', nm: '姓名', ph: '手机', em: '电子邮件', ad: '地址', wk: '工作经历', h: ['工作单位', '职务', '时间', '工作内容'], sk: '专业技能', ed: '教育背景', ce: '证书', la: '语言', cnt: '您是本站第 <b>004219</b> 位访客', upd: '最后更新：2026年11月', oth: '其他联系' }
    : { t: `${p.name} — Home Page`, w: 'Welcome to my little corner of the web!', nav: ['Home', 'My CV', 'Photos', 'Guestbook', 'Links'], cv: 'Curriculum Vitae', bi: 'Contact details', nm: 'Name', ph: 'Mobile', em: 'E-mail', ad: 'Address', wk: 'Employment', h: ['Employer', 'Post', 'Dates', 'Details'], sk: 'Skills', ed: 'Education', ce: 'Certificates', la: 'Languages', cnt: 'You are visitor number <b>004219</b>', upd: 'Last updated: November 2026', oth: 'Other' };
  return page(`<table width="700" align="center" border="0" cellpadding="0" cellspacing="0" bgcolor="#003366"><tr><td>
<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr><td><font color="#FFFFFF" size="5"><b>${esc(L.t)}</b></font><br><font color="#FFCC00" size="2">${L.w}</font></td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="1"><tr valign="top"><td width="120" bgcolor="#CCDDEE"><table width="100%" cellpadding="4" cellspacing="0">${L.nav.map((n, i) => `<tr><td bgcolor="${i === 1 ? '#FFFFCC' : '#CCDDEE'}"><font size="2">» <u>${n}</u></font></td></tr>`).join('')}<tr><td><font size="1">${L.cnt}</font></td></tr></table></td>
<td bgcolor="#FFFFFF"><table width="100%" cellpadding="6" cellspacing="0"><tr><td><font size="4" color="#003366"><b>${L.cv}</b></font><hr size="1" color="#003366">
<table width="100%" border="1" bordercolor="#99AACC" cellpadding="3" cellspacing="0"><tr><td bgcolor="#E0E8F0" colspan="4"><b>${L.bi}</b></td></tr>
<tr><td width="18%">${L.nm}</td><td><b>${esc(p.name)}</b></td><td width="14%">${L.ph}</td><td>${p.phoneLocal}</td></tr><tr><td>${L.em}</td><td><u>${p.email}</u></td><td>${L.oth}</td><td>${p.otherPhone}</td></tr><tr><td>${L.ad}</td><td colspan="3">${esc(p.address)}</td></tr></table><br>
<table width="100%" border="1" bordercolor="#99AACC" cellpadding="3" cellspacing="0"><tr><td bgcolor="#E0E8F0" colspan="4"><b>${L.wk}</b></td></tr><tr bgcolor="#336699">${L.h.map((h) => `<td><font color="#FFFFFF" size="2"><b>${h}</b></font></td>`).join('')}</tr>${rows}</table>
${p.gaps ? `<p><font size="1"><i>${p.gaps.map((g) => `${f.mon(g.start)} - ${f.mon(g.end)}: ${esc(g.why)}`).join('<br>')}</i></font></p>` : '<br>'}
<table width="100%" border="0" cellpadding="0" cellspacing="4"><tr valign="top"><td width="50%"><table width="100%" border="1" bordercolor="#99AACC" cellpadding="3" cellspacing="0"><tr><td bgcolor="#E0E8F0"><b>${L.sk}</b></td></tr>${p.skills.map((s) => `<tr><td><font size="2">• ${esc(shown(s))}</font></td></tr>`).join('')}</table></td>
<td><table width="100%" border="1" bordercolor="#99AACC" cellpadding="3" cellspacing="0"><tr><td bgcolor="#E0E8F0"><b>${L.ed}</b></td></tr>${p.edu.map((e) => `<tr><td><font size="2">${zh ? `${f.dot(e.start)}—${f.dot(e.end)}` : `${Y(e.start)} - ${Y(e.end)}`} ${esc(e.school)}<br>${esc(e.degree)}</font></td></tr>`).join('')}
<tr><td bgcolor="#E0E8F0"><b>${L.ce}</b></td></tr><tr><td><font size="2">${p.certs.map(esc).join('<br>')}</font></td></tr><tr><td bgcolor="#E0E8F0"><b>${L.la}</b></td></tr><tr><td><font size="2">${p.languages.join(zh ? '、' : ', ')}</font></td></tr></table></td></tr></table>
</td></tr></table></td></tr></table>
<table width="100%" cellpadding="4"><tr><td align="center"><font color="#FFFFFF" size="1">${L.upd} · Best viewed at 800x600 · Made with FrontPage</font></td></tr></table></td></tr></table>`,
  `body{font-family:'Liberation Serif','Noto Sans CJK SC',serif;font-size:10pt} td{font-size:9.5pt}`, zh ? 'zh' : 'en');
}

// 9. Taiwan 教師資格審查 履歷表
export function twSongshen(p: Person): string {
  const g = groups(newestFirst(byEmployer(p)));
  const rows = g.map((grp) => grp.map((j, i) => `<tr>${i === 0 ? `<td rowspan="${grp.length}">${esc(j.company)}</td>` : ''}<td>${j.company.includes('大學') ? '資訊工程系' : '研發處'}</td><td>${esc(j.title)}</td><td class="c">${j.partTime ? '兼任' : '專任'}</td><td class="c">${f.zh2(j.start)}</td><td class="c">${j.end ? f.zh2(j.end) : '迄今'}</td></tr>`).join('')).join('');
  return page(`<div class="t">明德科技大學　教師資格審查履歷表</div><div class="sub"><span>送審等級：□教授 □副教授 ■助理教授 □講師</span><span>填表日期：2026年11月20日</span></div>
<table><tr><th>中文姓名</th><td><b>${p.name}</b></td><th>英文姓名</th><td>CHEN, YI-CHUN</td><th>性別</th><td>女</td><td rowspan="4" class="ph"><svg width="78" height="100" viewBox="0 0 78 100"><rect width="78" height="100" fill="#dfe6ee"/><circle cx="39" cy="36" r="17" fill="#8796a8"/><path d="M8 100 C10 66 68 66 70 100Z" fill="#8796a8"/></svg></td></tr>
<tr><th>出生年月日</th><td>1984年3月12日</td><th>國籍</th><td>中華民國</td><th>現職</th><td>助理教授</td></tr>
<tr><th>聯絡電話</th><td colspan="5">（公）${p.otherPhone?.replace('辦公室 ', '')}　（手機）${p.phoneLocal}</td></tr>
<tr><th>E-mail</th><td colspan="2">${p.email}</td><th>通訊地址</th><td colspan="2">${p.address}</td></tr></table>
<div class="h">一、學歷（由最高學歷依序填寫）</div>
<table><tr><th>學校名稱</th><th>國別</th><th>院系所</th><th>學位</th><th>起</th><th>訖</th></tr>${p.edu.map((e) => `<tr><td>${e.school}</td><td class="c">中華民國</td><td>電機工程學系</td><td class="c">${e.degree.split(' ')[1]}</td><td class="c">${f.zh2(e.start)}</td><td class="c">${f.zh2(e.end)}</td></tr>`).join('')}</table>
<div class="h">二、經歷（含專任、兼任，由近而遠）</div>
<table><tr><th>服務機關</th><th>單位</th><th>職稱</th><th>專兼任</th><th>起</th><th>訖</th></tr>${rows}</table>
<div class="h">三、專長</div><table><tr>${p.skills.map((s, i) => `<td>${i + 1}. ${shown(s)}</td>`).join('')}</tr></table>
<div class="h">四、證照及語文能力</div><table><tr><th style="width:18%">證照</th><td>${p.certs.join('；')}</td><th style="width:18%">語文</th><td>${p.languages.join('；')}</td></tr></table>
<div class="h">五、本人聲明</div><p class="decl">以上所填各項均屬事實，如有不實，願負法律責任。　　　填表人簽章：${p.name}（簽名）</p>
<div class="foot">人事室表單 PER-T-07（113.08 修訂）　第 1 頁／共 1 頁</div>`,
  `body{font-family:'Noto Sans CJK TC',sans-serif} .t{font-size:15pt;font-weight:bold;text-align:center;letter-spacing:2px} .sub{display:flex;justify-content:space-between;font-size:9pt;margin:6px 0}
 table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:4px;font-size:9.5pt;vertical-align:middle} th{background:#eee;font-weight:normal;white-space:nowrap} .c{text-align:center} .ph{width:84px;text-align:center}
 .h{font-weight:bold;margin:10px 0 3px} .decl{font-size:9.5pt} .foot{font-size:8pt;text-align:right;margin-top:10px}`, 'zh-TW');
}

// 11. Saramin-style résumé print (Korean UI)
export function krSaramin(p: Person): string {
  const mo = monthsOf(p.jobs);
  const dur = (j: Job) => { const n = span(j); return `${Math.floor(n / 12)}년 ${n % 12}개월`; };
  const rows = newestFirst(p.jobs).map((j) => `<tr><td><b>${esc(j.company)}</b><div class="s">${esc(j.town)}</div></td><td class="c">${f.dot(j.start)} ~ ${j.end ? f.dot(j.end) : '재직중'}<div class="s">${dur(j)}</div></td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('<br>')}</td><td class="c">${j.end ? '면접 후 협의' : '회사내규'}</td></tr>`).join('');
  return page(`<div class="bar"><span>saramin</span><span class="s">인쇄일 2026.11.22 · 이력서 번호 R-88314072</span></div>
<h1>${esc(p.headline)} · 경력 ${Math.floor(mo / 12)}년</h1>
<table class="prof"><tr><td rowspan="4" class="ph"><svg width="90" height="116" viewBox="0 0 90 116"><rect width="90" height="116" fill="#e9edf3"/><circle cx="45" cy="42" r="20" fill="#9aa6b6"/><path d="M8 116 C12 76 78 76 82 116Z" fill="#9aa6b6"/></svg></td>
<td class="nm" colspan="3"><b>${p.name}</b> <span class="s">${p.latin} · ${p.born.slice(0, 4)}년생 · ${p.id === 'p15' ? '여' : '남'}</span></td></tr>
<tr><th>휴대폰 Mobile</th><td>${p.phoneLocal}</td><th>이메일 E-mail</th><td>${p.email}</td></tr><tr><th>전화번호 Tel</th><td>${p.otherPhone}</td><th>국적 Nationality</th><td>${p.id === 'p15' ? '중국 (F-2 거주)' : '중국 (E-7)'}</td></tr><tr><th>주소 Address</th><td colspan="3">${p.address}</td></tr></table>
<div class="h">학력 Education</div><table class="g"><tr><th>재학기간</th><th>학교명</th><th>전공 · 학위</th><th>구분</th></tr>${p.edu.map((e) => `<tr><td class="c">${f.dot(e.start)} ~ ${f.dot(e.end)}</td><td>${e.school}</td><td>${e.degree}</td><td class="c">졸업</td></tr>`).join('')}</table>
<div class="h">경력 Career <span class="tot">총 ${Math.floor(mo / 12)}년 ${mo % 12}개월</span></div>
<table class="g"><tr><th style="width:24%">회사명 Company</th><th style="width:19%">근무기간 Period</th><th>직급·직책 Position</th><th>담당업무 Duties</th><th>연봉</th></tr>${rows}</table>
<div class="h">스킬 Skills</div><div>${p.skills.map((s) => `<span class="tag">${esc(shown(s))}</span>`).join('')}</div>
<div class="h">자격증 · 어학 Certificates & Languages</div><table class="g"><tr><th>자격증</th><td>${p.certs.join(', ')}</td><th>외국어</th><td>${p.languages.join(', ')}</td></tr></table>
<div class="h">희망근무조건</div><table class="g"><tr><th>고용형태</th><td>정규직</td><th>희망연봉</th><td>회사내규에 따름</td><th>근무지역</th><td>서울 전체</td></tr></table>`,
  `body{font-family:'Noto Sans CJK KR',sans-serif} .bar{display:flex;justify-content:space-between;border-bottom:3px solid #4876ef;color:#4876ef;font-weight:bold;font-size:13pt;padding-bottom:3px}
 h1{font-size:12pt;margin:8px 0} table{border-collapse:collapse;width:100%} .prof td,.prof th{border:1px solid #ccd;padding:4px;font-size:9pt} .prof th{background:#f4f6fa;font-weight:normal;width:16%} .nm{font-size:14pt} .ph{width:100px;text-align:center}
 .s{font-size:7.5pt;color:#666} .h{font-weight:bold;font-size:10.5pt;margin:12px 0 4px;border-left:4px solid #4876ef;padding-left:6px} .tot{color:#4876ef;font-size:9pt;margin-left:8px}
 .g td,.g th{border:1px solid #ccd;padding:4px;font-size:8.5pt;vertical-align:top} .g th{background:#f4f6fa} .c{text-align:center} .tag{display:inline-block;border:1px solid #4876ef;color:#234;border-radius:10px;padding:1px 8px;margin:2px;font-size:8.5pt}`, 'ko');
}

// Single: DFG-format scientific CV
export function dfgCv(p: Person): string {
  const rows = newestFirst(p.jobs).map((j) => `<tr><td>${j.end ? `${f.slash(j.start)}–${f.slash(j.end)}` : `since ${f.slash(j.start)}`}</td><td><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town)}${j.partTime ? ' <i>(concurrently, part-time)</i>' : ''}</td></tr>`).join('');
  return page(`<p class="k">Curriculum vitae (template of the German Research Foundation) — Stand / as of: 11/2026</p><h1>${esc(p.name)}</h1>
<p class="c">${esc(p.address)} · ${p.phoneLocal.replace('0151 ', '+49 151 ')} · ${p.email} · Office: ${p.otherPhone?.replace('Office ', '')}</p>
<h2>Academic career</h2><table>${p.edu.map((e) => `<tr><td>${f.slash(e.end)}</td><td>${esc(e.degree)}, ${esc(e.school)}</td></tr>`).join('')}</table>
<h2>Positions</h2><table>${rows}</table><h2>Core methods and skills</h2><p>${p.skills.map(shown).map(esc).join(' · ')}</p>
<h2>Other relevant information</h2><p>Languages: ${p.languages.join(', ')}. Certificates: ${p.certs.join(', ')}. Supervision: 4 doctoral researchers, 11 master's theses. Reviewer for Macromolecules and Polymer Chemistry.</p>`,
  `body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt} .k{font-size:8pt;color:#555} h1{font-size:18pt;margin:2px 0} .c{font-size:9pt} h2{font-size:11pt;border-bottom:1px solid #999;margin:14px 0 4px}
 table{border-collapse:collapse} td{padding:2px 10px 2px 0;vertical-align:top} td:first-child{width:130px;white-space:nowrap}`);
}

// Single: US travel-nurse résumé
export function travelNurse(p: Person): string {
  const job = (j: Job) => `<div class="j"><div class="jh"><b>${esc(j.title)}</b> — ${esc(j.company)}, ${esc(j.town)}<span>${rng(j, f.slash, 'Present', ' – ')}</span></div>
${j.company.includes('Travel') ? `<table class="as"><tr><th>Facility</th><th>Unit / beds</th><th>Dates</th><th>Charting</th></tr>
<tr><td>Parkland West Medical Center, Dallas TX</td><td>CVICU / 28</td><td>04/2018 – 10/2018</td><td>Epic</td></tr><tr><td>Sonoran Valley Hospital, Tucson AZ</td><td>MICU / 20</td><td>11/2018 – 08/2019</td><td>Cerner</td></tr><tr><td>Lakeshore Memorial Hospital, Chicago IL</td><td>MICU / 24</td><td>09/2019 – 06/2020</td><td>Epic</td></tr></table>` : ''}
<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`;
  return page(`<h1>${esc(p.name)}, RN, CCRN</h1><p class="c">${p.phoneLocal} · ${p.email} · ${esc(p.address)}</p>
<h2>Licenses &amp; Certifications</h2><p>${p.certs.join(' · ')} (all current; expiry dates on request)</p>
<h2>Clinical Skills</h2><p>${p.skills.map(shown).map(esc).join(' • ')}</p>
<h2>Experience</h2>${newestFirst(p.jobs).map(job).join('')}
<h2>Education</h2><p>${esc(p.edu[0].degree)}, ${esc(p.edu[0].school)}, ${esc(p.edu[0].town ?? '')} — ${f.mon(p.edu[0].end)}</p><h2>Languages</h2><p>${p.languages.join(', ')}</p>
<p class="ref">References: charge nurse and nurse manager references available through Meridian Travel Nursing compliance, (214) 555-0126.</p>`,
  `h1{font-size:17pt;margin:0;color:#0b4f6c} .c{margin:2px 0 8px} h2{font-size:10.5pt;color:#0b4f6c;border-bottom:2px solid #0b4f6c;margin:10px 0 4px;text-transform:uppercase} .jh{display:flex;justify-content:space-between} .jh span{font-weight:bold}
 ul{margin:2px 0 6px 18px;padding:0} table.as{border-collapse:collapse;margin:3px 0 3px 12px;font-size:8.5pt} .as td,.as th{border:1px solid #aaa;padding:2px 5px} .ref{font-size:8.5pt;color:#444}`);
}

// Single: Chinese résumé with 任职年限 per post
export function zhTenure(p: Person): string {
  const tc = p.id === 'p10';
  const t = (s: string) => (tc ? s.replace('个人简历', '個人履歷').replace('工作经历', '工作經歷').replace('专业技能', '專業技能').replace('教育背景', '教育背景').replace('证书', '證照').replace('语言', '語言').replace('联系方式', '聯絡方式').replace('年限', '年資').replace('手机', '手機').replace('邮箱', '郵箱').replace('至今', '迄今').replace('共', '共計') : s);
  const yrs = (j: Job) => { const n = span(j); return n >= 12 ? `${Math.floor(n / 12)}年${n % 12 ? `${n % 12}个月` : ''}` : `${n}个月`; };
  return page(`<h1>${t('个人简历')}</h1><div class="nm">${p.name}<span>${p.headline}</span></div>
<p class="ct">${t('手机')}：${p.phoneLocal}　｜　${t('邮箱')}：${p.email}　｜　${p.address}</p>
<h2>${t('工作经历')}<small>（${t('年限')}${t('共')} ${Math.floor(monthsOf(p.jobs) / 12)} 年）</small></h2>
${newestFirst(p.jobs).map((j) => `<div class="j"><div>【${j.company}】　${j.title}${j.partTime ? '（兼职）' : ''}</div><div class="d">${f.zh(j.start)} — ${j.end ? f.zh(j.end) : t('至今')}　（${t(yrs(j))}）</div><ol>${j.duties.map((d) => `<li>${d}</li>`).join('')}</ol></div>`).join('')}
<h2>${t('专业技能')}</h2><p>${p.skills.map(shown).join('　/　')}</p>
<h2>${t('教育背景')}</h2>${p.edu.map((e) => `<p>${f.zh(e.start)} — ${f.zh(e.end)}　${e.school}　${e.degree}</p>`).join('')}
<h2>${t('证书')}</h2><p>${p.certs.join('；')}</p><h2>${t('语言')}</h2><p>${p.languages.join('；')}</p>`,
  `body{font-family:'${tc ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC'}',sans-serif;font-size:10pt} h1{text-align:center;font-size:16pt;letter-spacing:6px;margin:0 0 6px} .nm{font-size:15pt;font-weight:bold} .nm span{font-size:10pt;font-weight:normal;margin-left:12px;color:#555}
 .ct{font-size:9pt;border-bottom:1px solid #333;padding-bottom:6px} h2{font-size:11pt;margin:12px 0 4px;color:#7a1f1f} h2 small{font-weight:normal;color:#333;font-size:9pt} .j{margin-bottom:6px} .d{color:#444;font-size:9pt} ol{margin:2px 0 0 22px;padding:0} p{margin:3px 0}`, tc ? 'zh-TW' : 'zh');
}

// Single: English résumé for a foreign-affiliated firm in Japan (mixed)
export function jpGaishi(p: Person): string {
  const [fam, giv] = [p.latin!.split(' ')[1], p.latin!.split(' ')[0]];
  const rows = newestFirst(p.jobs).map((j) => `<tr><td>${f.mon(j.start)} – ${j.end ? f.mon(j.end) : 'Present'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td class="r">${Math.floor(span(j) / 12)}y ${span(j) % 12}m</td></tr>`).join('');
  return page(`<div class="hd"><div><div class="nm">${fam.toUpperCase()} ${giv} <span>${p.name}</span></div><div>${esc(p.headline)}</div></div>
<table class="pd"><tr><td>Mobile</td><td>${p.phoneLocal}</td></tr><tr><td>E-mail</td><td>${p.email}</td></tr><tr><td>Nearest station</td><td>${p.id === 'p13' ? 'Toyosu (Yurikamome)' : 'Shin-Yokohama (JR)'}</td></tr><tr><td>Visa status</td><td>Highly Skilled Professional (i)(b)</td></tr></table></div>
<h2>Employment summary</h2><table class="es"><tr><th>Period</th><th>Company</th><th>Position</th><th>Tenure</th></tr>${rows}</table>
<h2>Career details</h2>${newestFirst(p.jobs).map((j) => `<p class="j"><b>${esc(j.company)}</b> (${esc(j.town)}) — ${esc(j.title)}${j.partTime ? ', side job approved by employer' : ''}<br>${j.duties.map(esc).join('. ')}.</p>`).join('')}
<h2>Skills</h2><p>${p.skills.map(shown).map(esc).join(', ')}</p><h2>Qualifications</h2><p>${p.certs.map(esc).join('<br>')}</p><h2>Languages</h2><p>${p.languages.join(' / ')}</p><h2>Education</h2>${p.edu.map((e) => `<p>${f.mon(e.end)} ${esc(e.degree)}, ${esc(e.school)}</p>`).join('')}`,
  `body{font-family:'Liberation Sans','Noto Sans CJK JP',sans-serif} .hd{display:flex;justify-content:space-between;border-bottom:2px solid #222;padding-bottom:6px} .nm{font-size:17pt;font-weight:bold} .nm span{font-size:12pt;margin-left:8px;font-weight:normal}
 .pd td{font-size:8.5pt;padding:0 4px} .pd td:first-child{color:#666} h2{font-size:10.5pt;margin:12px 0 4px;text-transform:uppercase;letter-spacing:1px} table.es{border-collapse:collapse;width:100%} .es td,.es th{border-bottom:1px solid #bbb;padding:3px;font-size:9pt;text-align:left} .r{text-align:right} .j{margin:4px 0}`);
}

// Two-column: career at a glance (years only) + detail
export function careerGlance(p: Person): string {
  const uk = p.id === 'p03';
  return page(`<div class="g"><aside><div class="nm">${esc(p.name)}</div><div class="hl">${esc(p.headline)}</div>
<div class="c">${p.phoneLocal}<br>${p.email}<br>${esc(p.address)}</div><h3>At a glance</h3><table>${newestFirst(p.jobs).map((j) => `<tr><td>${Y(j.start)}–${j.end ? Y(j.end).slice(2) : ''}</td><td>${esc(j.company)}</td></tr>`).join('')}</table>
<h3>Skills</h3><ul>${p.skills.map((s) => `<li>${esc(shown(s))}</li>`).join('')}</ul><h3>${uk ? 'Qualifications' : 'Licenses'}</h3><p>${p.certs.map(esc).join('<br>')}</p><h3>Languages</h3><p>${p.languages.join('<br>')}</p></aside>
<main><h2>Profile</h2><p>${uk ? 'Primary teacher with leadership experience across Key Stage 2, returning-to-work experience and a strong safeguarding record.' : 'Licensed civil engineer delivering drainage and flood-control projects for Texas municipalities.'}</p>
<h2>Experience</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><div class="d">${rng(j, uk ? f.month : f.mon, uk ? 'to date' : 'present')}</div><b>${esc(j.title)}</b><div class="e">${esc(j.company)} · ${esc(j.town)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
${p.gaps ? `<p class="gap">${p.gaps.map((g) => `${f.month(g.start)} – ${f.month(g.end)}: ${esc(g.why)}`).join('')}</p>` : ''}
<h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} (${Y(e.start)}–${Y(e.end)})</p>`).join('')}</main></div>`,
  `.g{display:flex;gap:14px} aside{width:32%;background:#eef1f4;padding:10px;font-size:9pt} main{flex:1} .nm{font-size:17pt;font-weight:bold;line-height:1.1} .hl{color:#2a5d84;margin:4px 0 8px} .c{font-size:8.5pt}
 h3{font-size:9pt;text-transform:uppercase;border-bottom:1px solid #2a5d84;color:#2a5d84;margin:12px 0 4px} aside table td{font-size:8.5pt;padding:1px 4px 1px 0;vertical-align:top} aside ul{margin:0;padding-left:14px}
 h2{font-size:11pt;color:#2a5d84;margin:4px 0 4px} .j{margin-bottom:7px} .d{font-size:8.5pt;color:#555} .e{font-style:italic} main ul{margin:2px 0 0 16px;padding:0} .gap{font-size:9pt;font-style:italic}`);
}

// Two-column: tickets rail (trades / security)
export function ticketsRail(p: Person): string {
  const ca = p.id === 'p06';
  return page(`<div class="top"><div class="nm">${esc(p.name).toUpperCase()}</div><div>${esc(p.headline)} · ${esc(p.address.split(',').slice(-2).join(','))}</div></div>
<div class="wrap"><div class="rail"><h3>Contact</h3><p>Cell: ${p.phoneLocal}<br>${p.email}<br>${p.otherPhone}</p><h3>${ca ? 'Tickets' : 'Tickets &amp; cards'}</h3><table>${p.certs.map((c) => `<tr><td>✔</td><td>${esc(c)}</td></tr>`).join('')}</table>
<h3>Skills</h3><table>${p.skills.map((s) => `<tr><td>▪</td><td>${esc(shown(s))}</td></tr>`).join('')}</table><h3>Languages</h3><p>${p.languages.join(', ')}</p><h3>Education</h3><p>${esc(p.edu[0].school)}<br>${esc(p.edu[0].degree)}<br>${Y(p.edu[0].end)}</p></div>
<div class="main"><h2>Work history</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><div class="d">${f.mon(j.start).toUpperCase()} – ${j.end ? f.mon(j.end).toUpperCase() : 'CURRENT'}</div><b>${esc(j.title)}</b> — ${esc(j.company)}, ${esc(j.town)}${ca ? ', ON' : ''}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
${p.gaps ? `<p class="gap">${p.gaps.map((g) => `${f.mon(g.start)} – ${f.mon(g.end)}: ${esc(g.why)}`).join('')}</p>` : ''}</div></div>`,
  `.top{background:#222;color:#fff;padding:10px 12px} .nm{font-size:19pt;font-weight:bold;letter-spacing:2px} .wrap{overflow:hidden;margin-top:10px} .rail{float:right;width:33%;border-left:3px solid #e8a317;padding-left:10px;font-size:9pt}
 .main{margin-right:37%} h3{font-size:9.5pt;margin:10px 0 3px;color:#b87400;text-transform:uppercase} .rail table td{vertical-align:top;padding:1px 3px;font-size:9pt} h2{font-size:12pt;margin:0 0 6px} .j{margin-bottom:8px} .d{font-weight:bold;font-size:8.5pt;color:#b87400} ul{margin:2px 0 0 16px;padding:0} .gap{font-style:italic;font-size:9pt}`);
}

// Two-column: Chinese main column + right column with 年限 table
export function zh2colYears(p: Person): string {
  const tc = p.id === 'p10';
  const T = (s: string) => (tc ? s.replace('工作经历', '工作經歷').replace('专业技能', '專業技能').replace('个人信息', '個人資訊').replace('历任单位与年限', '歷任單位與年資').replace('证书', '證照').replace('语言', '語言').replace('手机', '手機').replace('邮箱', '郵箱').replace('至今', '迄今').replace('教育经历', '教育經歷').replace('单位', '單位').replace('年限', '年資').replace('求职意向', '求職意向').replace('合计', '合計') : s);
  const byCo = new Map<string, Job[]>(); for (const j of p.jobs) byCo.set(j.company, [...(byCo.get(j.company) ?? []), j]);
  return page(`<div class="g"><main><div class="nm">${p.name}</div><div class="hl">${T('求职意向')}：${p.headline}</div>
<h2>${T('工作经历')}</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><div class="row"><b>${j.company}</b><span>${f.dot(j.start)}—${j.end ? f.dot(j.end) : T('至今')}</span></div><div class="t">${j.title}${j.partTime ? '（兼任）' : ''}</div><ul>${j.duties.map((d) => `<li>${d}</li>`).join('')}</ul></div>`).join('')}
<h2>${T('教育经历')}</h2>${p.edu.map((e) => `<div class="row"><span>${e.school}　${e.degree}</span><span>${f.dot(e.start)}—${f.dot(e.end)}</span></div>`).join('')}</main>
<aside><h3>${T('个人信息')}</h3><p>${T('手机')}：${p.phoneLocal}<br>${T('邮箱')}：${p.email}<br>${p.address}</p>
<h3>${T('历任单位与年限')}</h3><table>${[...byCo].map(([c, js]) => `<tr><td>${c}</td><td>${(js.reduce((a, j) => a + span(j), 0) / 12).toFixed(1)}年</td></tr>`).join('')}<tr><td><b>${T('合计')}</b></td><td><b>${(monthsOf(p.jobs) / 12).toFixed(1)}年</b></td></tr></table>
<h3>${T('专业技能')}</h3><ul>${p.skills.map((s) => `<li>${shown(s)}</li>`).join('')}</ul><h3>${T('证书')}</h3><p>${p.certs.join('<br>')}</p><h3>${T('语言')}</h3><p>${p.languages.join('<br>')}</p></aside></div>`,
  `body{font-family:'${tc ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC'}',sans-serif} .g{display:grid;grid-template-columns:1fr 34%;gap:14px} .nm{font-size:20pt;font-weight:bold} .hl{color:#666;margin-bottom:8px}
 h2{font-size:11.5pt;color:#fff;background:#2f6f6a;padding:2px 8px;margin:10px 0 5px} .row{display:flex;justify-content:space-between} .t{color:#2f6f6a} .j{margin-bottom:6px} ul{margin:2px 0 0 18px;padding:0}
 aside{background:#f1f6f5;padding:10px;font-size:9pt} h3{font-size:10pt;color:#2f6f6a;border-bottom:1px solid #2f6f6a;margin:10px 0 4px} aside table{border-collapse:collapse;width:100%} aside td{border-bottom:1px dashed #9bb;padding:2px;font-size:8.5pt;vertical-align:top}`, tc ? 'zh-TW' : 'zh');
}
