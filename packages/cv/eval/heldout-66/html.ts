/** Chromium (HTML/CSS) templates of heldout-66. Each takes a person and returns a full HTML page. */
import { type Person, sk } from './people.ts';
import { esc, fd, range, page, silhouetteSvg, icon, FONT_EN, FONT_SERIF, fontZh } from './common.ts';

const skills = (p: Person) => p.skills.map(sk);
const li = (xs: string[]) => xs.map((x) => `<li>${esc(x)}</li>`).join('');

/** Dutch employer's sollicitatieformulier (bilingual NL/EN), filled in on screen: name split Achternaam / Tussenvoegsel / Voorletters / Roepnaam */
export function nlSollicitatie(p: Person): string {
  const x = p.extra!;
  const css = `body{font:9.5pt ${FONT_EN};color:#111} .lh{display:flex;justify-content:space-between;border-bottom:3px solid #e36c0a;padding-bottom:4px}
  .lh b{font-size:15pt;color:#e36c0a} .lh small{font-size:7.5pt;text-align:right;color:#444} h1{font-size:13pt;margin:8px 0 2px} .sub{font-size:8.5pt;color:#444;margin-bottom:6px}
  table{width:100%;border-collapse:collapse;margin-bottom:7px} td,th{border:1px solid #888;padding:3px 5px;vertical-align:top;font-size:9pt} th{background:#fde9d9;text-align:left;font-weight:bold}
  .sec td{background:#e36c0a;color:#fff;font-weight:bold;border-color:#e36c0a} .lbl{background:#f6f6f6;width:23%;font-size:8pt;color:#333} .lbl i{color:#777} .val{font-family:'Liberation Mono',monospace;font-size:9pt;color:#1f3a93}
  .chk{font-family:'DejaVu Sans'}`;
  const L = (nl: string, en: string) => `<td class="lbl">${nl}<br><i>${en}</i></td>`;
  const V = (v: string, span = 1) => `<td class="val"${span > 1 ? ` colspan="${span}"` : ''}>${esc(v)}</td>`;
  const w = p.work.map((j) => `<tr>${V(fd(j.start, 'mm-yyyy'))}${V(j.end ? fd(j.end, 'mm-yyyy') : 'heden')}${V(j.company)}${V(j.title)}<td class="val">${esc(j.duties[0])}</td>${V(j.end ? (j === p.work[0] ? 'Nieuwe uitdaging' : 'Doorgroei') : '—')}</tr>`).join('');
  const body = `<div class="lh"><b>Lekdijk Zuivel B.V.</b><small>Afdeling P&amp;O · Postbus 4120 · 3430 AK Nieuwegein<br>Tel. 030 600 12 00 · Fax 030 600 12 99 · vacatures@lekdijkzuivel.example</small></div>
  <h1>Sollicitatieformulier / Application form</h1><div class="sub">Vacature / Vacancy: Marketing Manager Benelux (ref. 2026-118) · Sollicitatie van / Application from: <b>${esc(p.name)}</b></div>
  <table><tr class="sec"><td colspan="4">1. Personalia / Personal details</td></tr>
  <tr>${L('Achternaam', 'Surname')}${V(p.family)}${L('Tussenvoegsel(s)', 'Prefix')}${V(x.tussen)}</tr>
  <tr>${L('Voorletters', 'Initials')}${V(x.initials)}${L('Roepnaam', 'First name used')}${V(x.roepnaam)}</tr>
  <tr>${L('Voornamen (voluit)', 'Given names in full')}${V(p.given)}${L('Geboortedatum', 'Date of birth')}${V('17-11-1991')}</tr>
  <tr>${L('Straat en huisnummer', 'Street')}${V('Oudegracht 211 bis')}${L('Postcode en woonplaats', 'Postcode, town')}${V('3511 NH Utrecht')}</tr>
  <tr>${L('Telefoon (vast)', 'Landline')}${V(p.others.home)}${L('Telefoon (mobiel)', 'Mobile')}${V(p.mobile[0])}</tr>
  <tr>${L('E-mailadres', 'E-mail')}${V(p.email, 3)}</tr>
  <tr>${L('Bij nood waarschuwen', 'Emergency contact')}${V('J. van Dijk-Bos (moeder)')}${L('Telefoon noodcontact', 'Emergency phone')}${V(p.others.emergency)}</tr></table>
  <table><tr class="sec"><td colspan="5">2. Opleidingen / Education</td></tr><tr><th>Van</th><th>Tot</th><th>Opleiding</th><th>Instituut</th><th>Diploma</th></tr>
  ${p.edu.map((e) => `<tr>${V(fd(e.start, 'mm-yyyy'))}${V(fd(e.end, 'mm-yyyy'))}${V(e.degree)}${V(e.school)}${V('ja / yes')}</tr>`).join('')}</table>
  <table><tr class="sec"><td colspan="6">3. Werkervaring (laatste werkgever eerst invullen) / Employment</td></tr>
  <tr><th style="width:11%">Van (mm-jjjj)</th><th style="width:11%">Tot</th><th>Werkgever</th><th>Functie</th><th>Belangrijkste taken</th><th style="width:13%">Reden vertrek</th></tr>${[...p.work].reverse().length ? w.split('</tr>').filter(Boolean).reverse().map((r) => r + '</tr>').join('') : ''}</table>
  <table><tr class="sec"><td colspan="4">4. Vaardigheden / Skills</td></tr><tr><th>Vaardigheid</th><th>Niveau</th><th>Vaardigheid</th><th>Niveau</th></tr>
  ${pairs(skills(p)).map(([a, b], i) => `<tr>${V(a)}${V(['expert', 'goed', 'goed', 'basis'][i % 4])}${V(b ?? '')}${V(b ? 'goed' : '')}</tr>`).join('')}</table>
  <table><tr class="sec"><td colspan="3">5. Talen / Languages</td></tr>${p.languages.map((l) => `<tr>${V(l, 3)}</tr>`).join('')}</table>
  <table><tr class="sec"><td colspan="4">6. Ondertekening / Signature</td></tr><tr>${L('Plaats en datum', 'Place, date')}${V('Utrecht, 02-12-2026')}${L('Handtekening', 'Signature')}${V('S.M. van Dijk')}</tr></table>`;
  return page(css, body, 'nl');
}
const pairs = <T,>(xs: T[]) => xs.reduce<T[][]>((a, x, i) => (i % 2 ? a[a.length - 1].push(x) : a.push([x]), a), []);

/** Indian staffing vendor's candidate submission: CTC / notice tracker grid on top, then the candidate's table résumé; vendor's recruiter numbers in the letterhead */
export function inCtcTracker(p: Person): string {
  const css = `body{font:9pt ${FONT_EN};color:#000} .vh{display:grid;grid-template-columns:1fr 1fr;border:1px solid #000;margin-bottom:6px} .vh div{padding:4px 6px} .vh div+div{text-align:right;border-left:1px solid #000;font-size:8pt}
  table{width:100%;border-collapse:collapse;margin-bottom:6px} td,th{border:1px solid #000;padding:2.5px 4px;vertical-align:top} th{background:#d9e2f3;font-size:8.5pt} .t td{font-size:8.5pt}
  h2{font-size:10pt;background:#1f3864;color:#fff;padding:2px 5px;margin:8px 0 4px} ul{margin:2px 0 2px 16px;padding:0}`;
  const tracker: [string, string][] = [['Candidate Name', p.name], ['Contact No.', `+91-${p.mobile[0].replace(' ', '')}`], ['Alternate No.', p.others.home.replace(/ /g, '-').replace(/^080-/, '080-')], ['Email ID', p.email], ['Total Experience', '11.5 Yrs'], ['Relevant Exp. (Java)', '11 Yrs'], ['Current Company', p.work.at(-1)!.company], ['Current CTC', '38.5 LPA'], ['Expected CTC', '48 LPA'], ['Notice Period', '60 days (negotiable)'], ['Current Location', 'Bengaluru'], ['Preferred Location', 'Bengaluru / Hyderabad'], ['PAN (last 4)', 'XXXXXX4721'], ['Reason for change', 'Looking for larger platform role']];
  const body = `<div class="vh"><div><b style="font-size:12pt">Vyoma Talent Consultants LLP</b><br>IT Staffing · Candidate Submission</div><div>Recruiter: Priya Deshpande · +91 99000 41562<br>Account Manager: Rohit Menon · 080-4112 9050<br>Client: Confidential BFSI · Req ID JV-2026-0412</div></div>
  <table class="t"><tr>${tracker.slice(0, 7).map(([k]) => `<th>${k}</th>`).join('')}</tr><tr>${tracker.slice(0, 7).map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr>
  <tr>${tracker.slice(7).map(([k]) => `<th>${k}</th>`).join('')}</tr><tr>${tracker.slice(7).map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>
  <h2>RESUME</h2><table><tr><td style="width:60%"><b style="font-size:13pt">${esc(p.name.toUpperCase())}</b><br>${esc(p.headline)}</td><td>Mob: ${esc(p.mobile[1])}<br>E-mail: ${esc(p.email)}</td></tr></table>
  <h2>Technical Skills</h2><table><tr><th>Category</th><th>Skills</th></tr>
  <tr><td>Programming</td><td>Java</td></tr><tr><td>Frameworks</td><td>Spring Boot, Microservices, Hibernate</td></tr><tr><td>Database</td><td>Oracle</td></tr><tr><td>Messaging</td><td>Apache Kafka</td></tr><tr><td>DevOps / Tools</td><td>Docker, Kubernetes, Git</td></tr><tr><td>Integration</td><td>REST APIs</td></tr></table>
  <h2>Work Experience</h2><table><tr><th>S.No</th><th>Organisation</th><th>Designation</th><th>From</th><th>To</th></tr>
  ${[...p.work].reverse().map((j, i) => `<tr><td>${i + 1}</td><td>${esc(j.company)}, ${esc(j.city)}</td><td>${esc(j.title)}</td><td>${fd(j.start, 'in')}</td><td>${j.end ? fd(j.end, 'in') : 'Till date'}</td></tr><tr><td></td><td colspan="4"><ul>${li(j.duties)}</ul></td></tr>`).join('')}</table>
  <h2>Education</h2><table><tr><th>Degree</th><th>Institute</th><th>Year</th><th>CGPA</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${e.end.slice(0, 4)}</td><td>${p.extra!.cgpa}</td></tr>`).join('')}</table>
  <h2>Personal Details</h2><table><tr><td>Date of Birth</td><td>${p.extra!.dob}</td><td>Languages Known</td><td>${p.languages.join(', ')}</td></tr><tr><td>Address</td><td colspan="3">${esc(p.address)}</td></tr></table>`;
  return page(css, body);
}

/** Chinese state-owned enterprise 社会招聘报名表: photo cell, 证明人及电话 column, 家庭主要成员及重要社会关系 grid with relatives' phones */
export function zhShehui(p: Person): string {
  const x = p.extra!;
  const css = `body{font:9.5pt ${fontZh(false)};color:#000} h1{text-align:center;font-size:16pt;letter-spacing:2px;margin:0 0 2px} .sub{display:flex;justify-content:space-between;font-size:9pt;margin:4px 0}
  table{width:100%;border-collapse:collapse;table-layout:fixed} td{border:1px solid #000;padding:3px 4px;vertical-align:middle;word-break:break-all} .l{text-align:center;font-weight:bold;background:#f2f2f2} .ph{text-align:center;padding:2px}
  .sec{text-align:center;font-weight:bold;letter-spacing:3px;background:#d9d9d9} .note{font-size:8.5pt;line-height:1.5}`;
  const rel = p.id === 'p08'
    ? [['父亲', '孙国平', '上海申能机电设备有限公司 退休', p.others.emergency], ['母亲', '周丽华', '徐汇区枫林街道社区卫生服务中心 护士', '021-6403 1178'], ['配偶', '陆俊', '上海联智软件有限公司 工程师', '186 2107 3345']]
    : [['父亲', '王建军', '郑州市二七区某中学 教师', p.others.family1], ['母亲', '李秀芳', '个体', '137 8310 6625'], ['配偶', '张琳', '深圳市南山区某小学 教师', p.others.emergency]];
  const wk = p.work.map((j, i) => `<tr><td colspan="2">${fd(j.start, 'yyyy.mm')}—${j.end ? fd(j.end, 'yyyy.mm') : '至今'}</td><td colspan="3">${esc(j.company)}</td><td colspan="2">${esc(j.title)}</td><td colspan="2">${['张红梅 021-5762 0199', '刘志刚 139 0185 6627', '吴敏 186 1234 0782', '陈军 0755-8629 3310', '邓丽 138 2871 5503', '黄伟 0755-2310 8845'][(p.id === 'p08' ? 0 : 3) + i]}</td></tr>`).join('');
  const body = `<h1>${p.id === 'p08' ? '申江城建集团' : '鹏海电子集团'} 2026 年社会招聘报名表</h1>
  <div class="sub"><span>应聘单位：${p.id === 'p08' ? '集团财务共享中心' : '研发中心'}</span><span>应聘岗位：${esc(p.headline)}</span><span>填表日期：2026 年 11 月 20 日</span></div>
  <table><colgroup>${'<col>'.repeat(9)}</colgroup>
  <tr><td class="l">姓　名</td><td colspan="2">${esc(p.name)}</td><td class="l">性别</td><td>${x.gender}</td><td class="l">出生年月</td><td colspan="2">${x.born}</td><td rowspan="4" class="ph">${silhouetteSvg(72, 92)}</td></tr>
  <tr><td class="l">民　族</td><td colspan="2">汉族</td><td class="l">籍贯</td><td>${esc(x.hukou)}</td><td class="l">政治面貌</td><td colspan="2">${x.politics}</td></tr>
  <tr><td class="l">最高学历</td><td colspan="2">${esc(p.edu[0].degree.split(' ')[1] ?? '本科')}</td><td class="l">专业</td><td colspan="2">${esc(p.edu[0].degree.split(' ')[0])}</td><td class="l">职称</td><td>${p.id === 'p08' ? '中级会计师' : '工程师'}</td></tr>
  <tr><td class="l">手机号码</td><td colspan="2">${esc(p.mobile[0])}</td><td class="l">电子邮箱</td><td colspan="4">${esc(p.email)}</td></tr>
  <tr><td class="l">现居住地</td><td colspan="5">${esc(p.address)}</td><td class="l">家庭电话</td><td colspan="2">${esc(p.others.home)}</td></tr>
  <tr><td colspan="9" class="sec">学习经历（从高中起填写）</td></tr>
  <tr><td colspan="2" class="l">起止时间</td><td colspan="3" class="l">学校</td><td colspan="2" class="l">专业</td><td colspan="2" class="l">学历 / 学位</td></tr>
  ${p.edu.map((e) => `<tr><td colspan="2">${fd(e.start, 'yyyy.mm')}—${fd(e.end, 'yyyy.mm')}</td><td colspan="3">${esc(e.school)}</td><td colspan="2">${esc(e.degree.split(' ')[0])}</td><td colspan="2">本科 / 学士</td></tr>`).join('')}
  <tr><td colspan="9" class="sec">工作经历</td></tr>
  <tr><td colspan="2" class="l">起止时间</td><td colspan="3" class="l">工作单位</td><td colspan="2" class="l">职务</td><td colspan="2" class="l">证明人及电话</td></tr>${wk}
  <tr><td class="l">专业技能</td><td colspan="8">${skills(p).map(esc).join('；')}</td></tr>
  <tr><td class="l">主要业绩</td><td colspan="8" class="note">${p.work.flatMap((j) => j.duties).slice(2).map(esc).join('；')}。</td></tr>
  <tr><td colspan="9" class="sec">家庭主要成员及重要社会关系</td></tr>
  <tr><td class="l">称谓</td><td colspan="2" class="l">姓名</td><td colspan="4" class="l">工作单位及职务</td><td colspan="2" class="l">联系电话</td></tr>
  ${rel.map((r) => `<tr><td>${r[0]}</td><td colspan="2">${r[1]}</td><td colspan="4">${r[2]}</td><td colspan="2">${r[3]}</td></tr>`).join('')}
  <tr><td class="l">外语水平</td><td colspan="8">${esc(p.languages.join('；'))}</td></tr>
  <tr><td class="l">本人承诺</td><td colspan="8" class="note">本人承诺以上所填信息真实有效，如有虚假，愿承担一切后果。<br>本人签名：${esc(p.name)}　　　　2026 年 11 月 20 日</td></tr>
  <tr><td class="l">资格审查意见</td><td colspan="8" style="height:34px"></td></tr></table>`;
  return page(css, body, 'zh-CN');
}

/** Hong Kong private-company 求職申請表: English surname / other names cells, 中文姓名 with Chinese commercial code boxes, three phone cells (住宅 / 手提 / 辦公室) */
export function hkCccGrid(p: Person): string {
  const x = p.extra ?? {};
  const mixed = p.lang === 'mixed';
  const codes = p.id === 'p11' ? ['7115', '1367', '6009'] : ['7806', '1807', '2494'];
  const eng = p.id === 'p11' ? { sur: 'CHAN', other: 'Ka Yan', alias: 'Kathy' } : { sur: 'WONG', other: 'Chi Ming', alias: 'Raymond' };
  const css = `body{font:9pt ${fontZh(true)};color:#000} .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #000;padding-bottom:3px}
  .top b{font-size:13pt} .top small{font-size:7.5pt;text-align:right} h1{font-size:12pt;text-align:center;margin:6px 0 4px}
  table{width:100%;border-collapse:collapse;margin-bottom:6px} td{border:1px solid #000;padding:2.5px 4px;vertical-align:top;font-size:8.7pt} .l{background:#eee;font-size:8pt;width:14%} .sec{background:#000;color:#fff;font-weight:bold}
  .ccc{display:inline-flex;gap:3px;margin-left:6px} .ccc span{border:1px solid #000;padding:0 3px;font-family:'Liberation Mono',monospace;font-size:8pt} .ph{width:86px;text-align:center}`;
  const body = `<div class="top"><b>${mixed ? 'Pacific Crest Holdings Limited 太平峰控股有限公司' : '寶駿國際物流有限公司'}</b><small>人力資源部 Human Resources Department<br>電話 Tel: 2851 7300　傳真 Fax: 2851 7399</small></div>
  <h1>求職申請表 APPLICATION FOR EMPLOYMENT</h1>
  <table><tr><td colspan="4" class="sec">甲部　個人資料 Part A – Personal Particulars</td><td class="ph" rowspan="6">${silhouetteSvg(78, 98)}</td></tr>
  <tr><td class="l">應徵職位<br>Post applied for</td><td colspan="3">${esc(p.headline)}</td></tr>
  <tr><td class="l">英文姓氏<br>Surname</td><td>${eng.sur}</td><td class="l">英文名字<br>Other names</td><td>${eng.other}</td></tr>
  <tr><td class="l">中文姓名<br>Name in Chinese</td><td>${esc(p.name)}<span class="ccc">${codes.map((c) => `<span>${c}</span>`).join('')}</span></td><td class="l">別名<br>Alias</td><td>${eng.alias}</td></tr>
  <tr><td class="l">香港身份證號碼<br>HKID No.</td><td>${mixed ? 'K39****(*)' : x.hkid}</td><td class="l">出生日期<br>Date of birth</td><td>${mixed ? '11/1989' : '03/1990'}</td></tr>
  <tr><td class="l">住址<br>Address</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><td class="l">住宅電話<br>Home tel.</td><td>${esc(p.others.home)}</td><td class="l">手提電話<br>Mobile</td><td colspan="2">${esc(p.mobile[0])}</td></tr>
  <tr><td class="l">辦公室電話<br>Office tel.</td><td>${esc(p.others.office)}</td><td class="l">電郵<br>E-mail</td><td colspan="2">${esc(p.email)}</td></tr>
  <tr><td class="l">緊急聯絡人<br>Emergency contact</td><td>${p.id === 'p11' ? '陳志強（父）' : 'LAM Mei Fong (wife)'}</td><td class="l">聯絡電話<br>Tel.</td><td colspan="2">${esc(p.others.emergency ?? p.others.referee)}</td></tr></table>
  <table><tr><td colspan="7" class="sec">乙部　工作經驗（由最近期起填寫） Part B – Employment History (latest first)</td></tr>
  <tr><td class="l">由 From<br>(月/年)</td><td class="l">至 To<br>(月/年)</td><td class="l" style="width:24%">僱主名稱 Employer</td><td class="l">職位 Position</td><td class="l" style="width:26%">主要職責 Main duties</td><td class="l">最後月薪<br>Last salary</td><td class="l">離職原因<br>Reason</td></tr>
  ${[...p.work].reverse().map((j, i) => `<tr><td>${fd(j.start, 'mm/yy')}</td><td>${j.end ? fd(j.end, 'mm/yy') : (mixed ? 'Present' : '現在')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('；')}</td><td>${['$52,000', '$34,500', '$16,800'][i] ?? ''}</td><td>${j.end ? (mixed ? 'Career development' : '尋求發展') : '—'}</td></tr>`).join('')}</table>
  <table><tr><td colspan="4" class="sec">丙部　學歷及技能 Part C – Education and Skills</td></tr>
  ${p.edu.map((e) => `<tr><td class="l">${fd(e.start, 'mm/yy')} – ${fd(e.end, 'mm/yy')}</td><td colspan="3">${esc(e.school)}　${esc(e.degree)}</td></tr>`).join('')}
  <tr><td class="l">專業技能<br>Skills</td><td colspan="3">${skills(p).map(esc).join('、')}</td></tr>
  <tr><td class="l">語言<br>Languages</td><td colspan="3">${esc(p.languages.join('、'))}</td></tr>
  <tr><td class="l">可上班日期<br>Availability</td><td>${mixed ? '1 month notice' : '一個月通知'}</td><td class="l">期望月薪<br>Expected salary</td><td>${mixed ? 'HK$72,000' : 'HK$58,000'}</td></tr></table>
  <div style="font-size:7.5pt">本人聲明上述資料全部屬實。I declare that the information given above is true.　　簽署 Signature: ${esc(p.name)}　　日期 Date: 28/11/2026</div>`;
  return page(css, body, 'zh-HK');
}

/** UK design-agency style CV: right-hand grid column with single-letter contact labels (T / M / E / A) and the home number first */
export function ukSidebarLetters(p: Person): string {
  const css = `body{font:9.5pt ${FONT_EN};color:#222} .g{display:grid;grid-template-columns:1fr 58mm;gap:0 9mm}
  .hd{grid-column:1/3;border-bottom:1px solid #222;margin-bottom:6mm;padding-bottom:3mm} .hd h1{font:300 27pt ${FONT_EN};margin:0;letter-spacing:-.5px} .hd p{margin:1mm 0 0;color:#777;font-size:11pt}
  h2{font-size:8pt;letter-spacing:2px;text-transform:uppercase;color:#b5121b;margin:0 0 2mm} .job{margin-bottom:4mm} .job .t{font-weight:bold} .job .e{display:flex;justify-content:space-between;color:#555;font-size:9pt}
  ul{margin:1mm 0 0 4mm;padding:0} aside{border-left:1px solid #ccc;padding-left:5mm} aside dl{display:grid;grid-template-columns:5mm 1fr;gap:1.2mm 0;margin:0 0 6mm;font-size:8.8pt} aside dt{font-weight:bold;color:#b5121b} aside dd{margin:0}
  aside ul{list-style:none;margin:0 0 6mm;padding:0} aside li{padding:.6mm 0;border-bottom:1px dotted #ccc}`;
  const body = `<div class="g"><div class="hd"><h1>${esc(p.name)}</h1><p>${esc(p.headline)}</p></div>
  <main><h2>Profile</h2><p style="margin:0 0 5mm">Chartered quantity surveyor with twelve years on schools, housing and highways, from pre-contract cost planning to NEC4 final accounts.</p>
  <h2>Experience</h2>${[...p.work].reverse().map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="e"><span>${esc(j.company)}, ${esc(j.city)}</span><span>${range(j, 'mon', 'present')}</span></div><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="job"><div class="t">${esc(e.degree)}</div><div class="e"><span>${esc(e.school)}</span><span>${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</span></div></div>`).join('')}
  <h2>References</h2><p style="margin:0">Gareth Lowe, Commercial Director, Castlefield Build Ltd — ${p.others.referee}</p></main>
  <aside><h2>Contact</h2><dl><dt>A</dt><dd>${esc(p.address).replace(', Manchester', ',<br>Manchester')}</dd><dt>T</dt><dd>${p.others.home}</dd><dt>M</dt><dd>${p.mobile[0]}</dd><dt>E</dt><dd>rhiannon.pryce.qs<br>@outlook.com</dd></dl>
  <h2>Skills</h2><ul>${li(skills(p))}</ul><h2>Memberships</h2><ul><li>MRICS (2019)</li><li>CSCS Professionally Qualified Person card</li></ul><h2>Languages</h2><ul>${li(p.languages)}</ul></aside></div>`;
  return page(css, body);
}

/** Irish CV with a floated right-hand aside ("Mob." / "Home"), e-mail broken over two lines, a referee in the aside */
export function ieFloatRight(p: Person): string {
  const css = `body{font:10pt ${FONT_SERIF};color:#111} h1{font-size:22pt;margin:0;color:#0b5d3b} .hl{font-style:italic;color:#555;margin-bottom:5mm}
  aside{float:right;width:60mm;margin:0 0 4mm 7mm;background:#eef5f1;padding:4mm;font:8.8pt ${FONT_EN}} aside h3{font-size:9pt;margin:3mm 0 1mm;color:#0b5d3b;border-bottom:1px solid #0b5d3b} aside h3:first-child{margin-top:0} aside p{margin:0 0 1.5mm}
  h2{font-size:11.5pt;color:#0b5d3b;margin:4mm 0 1.5mm;border-bottom:1px solid #bbb} .r b{display:block} .r i{color:#444} ul{margin:1mm 0 3mm 5mm;padding:0}`;
  const body = `<aside><h3>Contact Details</h3><p>Mob.<br>${p.mobile[0]}</p><p>Home<br>${p.others.home}</p><p>Email<br>ciaran.moloney.qa<br>@gmail.com</p><p>${esc(p.address)}</p>
  <h3>Key Skills</h3>${skills(p).map((s) => `<p>· ${esc(s)}</p>`).join('')}<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
  <h3>Referee</h3><p>Niamh Gallagher<br>QA Manager, Tolka Digital<br>Mob. ${p.others.referee}</p></aside>
  <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)} · ISTQB Advanced Test Analyst</div>
  <h2>Personal Statement</h2><p>Test lead with ten years in Dublin software houses. Happiest turning a slow manual regression cycle into a pipeline that runs on every merge.</p>
  <h2>Career History</h2>${[...p.work].reverse().map((j) => `<div class="r"><b>${esc(j.title)}, ${esc(j.company)}</b><i>${range(j, 'mon', 'Present')}</i><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})</p>`).join('')}
  <h2>Interests</h2><p>GAA (club hurling coach, U-12s), sea swimming at the Forty Foot.</p>`;
  return page(css, body, 'en-IE');
}

/** Australian résumé, flex layout: left rail opens with two referees and their numbers, then the candidate's own contact, icons as SVG */
export function auRefereeRail(p: Person): string {
  const css = `body{font:9.5pt ${FONT_EN};color:#1d2b36} .w{display:flex;gap:7mm} .rail{flex:0 0 58mm;background:#1f4e5f;color:#e9f1f3;padding:5mm;font-size:8.6pt;border-radius:2mm}
  .rail h3{font-size:8.5pt;text-transform:uppercase;letter-spacing:1px;color:#9fd3de;margin:4mm 0 1.5mm} .rail h3:first-child{margin-top:0} .rail p{margin:0 0 2mm} .ic{display:flex;gap:2mm;align-items:flex-start;margin-bottom:1.6mm}
  main{flex:1} h1{font-size:24pt;margin:0;color:#1f4e5f} .hl{color:#4b7f8f;font-size:11pt;margin-bottom:4mm} h2{font-size:11pt;color:#1f4e5f;border-bottom:2px solid #9fd3de;margin:4mm 0 2mm}
  .j{margin-bottom:3mm} .j b{display:block} .j .d{color:#4b7f8f} ul{margin:1mm 0 0 4mm;padding:0}`;
  const body = `<div class="w"><div class="rail"><h3>Referees</h3><p><b>Helen Marsh</b><br>Director of Nursing, Yarra Ranges Health<br>${icon.phone('#9fd3de')} ${p.others.referee1}</p><p><b>Sunil Perera</b><br>Operations Manager, Kinglake Community Care<br>${icon.phone('#9fd3de')} ${p.others.referee2}</p>
  <h3>Contact me</h3><div class="ic">${icon.phone()}<span>${p.mobile[0]}<br><small>(mobile – best after 3 pm)</small></span></div><div class="ic">${icon.home()}<span>${p.others.home}</span></div><div class="ic">${icon.mail()}<span>${esc(p.email)}</span></div><div class="ic">${icon.pin()}<span>${esc(p.address)}</span></div>
  <h3>Skills</h3>${skills(p).map((s) => `<p>▹ ${esc(s)}</p>`).join('')}<h3>Licences &amp; checks</h3><p>AHPRA registration (EN) · NDIS Worker Screening · Full driver licence (VIC)</p><h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
  <main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><h2>Career Objective</h2><p>Enrolled nurse turned care coordinator seeking a team-leader role in home care packages in the eastern suburbs.</p>
  <h2>Employment History</h2>${[...p.work].reverse().map((j) => `<div class="j"><b>${esc(j.title)} — ${esc(j.company)}, ${esc(j.city)}</b><span class="d">${range(j, 'mon', 'current')}</span><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Education &amp; Training</h2>${p.edu.map((e) => `<div class="j"><b>${esc(e.degree)}</b><span class="d">${esc(e.school)}, ${e.end.slice(0, 4)}</span></div>`).join('')}<div class="j"><b>Certificate III in Individual Support</b><span class="d">Box Hill Institute, 2011</span></div></main></div>`;
  return page(css, body, 'en-AU');
}

/** US résumé with a narrow left grid column: C / W / F phone labels in dotted format, e-mail wrapped at the @ */
export function usNarrowWrap(p: Person): string {
  const css = `body{font:9.8pt ${FONT_EN};color:#222} .g{display:grid;grid-template-columns:44mm 1fr;gap:0 7mm} .l{border-right:3px solid #c8102e;padding-right:4mm;font-size:8.7pt}
  .l h3{font-size:8.5pt;color:#c8102e;text-transform:uppercase;margin:5mm 0 1.5mm} .l h3:first-child{margin-top:0} .l p{margin:0 0 1.3mm} .k{display:inline-block;width:4mm;font-weight:bold}
  h1{font-size:25pt;margin:0;line-height:1} h1 span{display:block;font-size:11pt;color:#c8102e;font-weight:normal;margin-top:1.5mm} h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;margin:5mm 0 2mm;color:#c8102e}
  .j{margin-bottom:3mm} .j .h{display:flex;justify-content:space-between} .j .h span{font-size:8.8pt;color:#555} .j i{color:#444} ul{margin:1mm 0 0 4.5mm;padding:0}`;
  const body = `<div class="g"><div class="l"><h3>Contact</h3><p><span class="k">C</span>${p.mobile[1]}</p><p><span class="k">W</span>312.555.0190 x22</p><p><span class="k">F</span>312.555.0199</p><p>dana.kowalski.scm<br>@fastmail.com</p><p>${esc(p.address).replace(', Chicago', '<br>Chicago')}</p>
  <h3>Core Skills</h3>${skills(p).map((s) => `<p>${esc(s)}</p>`).join('')}<h3>Certifications</h3><p>APICS CPIM (2019)</p><p>Six Sigma Green Belt</p><h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
  <div><h1>${esc(p.name)}<span>${esc(p.headline)}</span></h1><h2>Summary</h2><p>Supply chain analyst with 13 years in freight, manufacturing and healthcare distribution. Forecasts that planners actually use.</p>
  <h2>Professional Experience</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><b>${esc(j.company)}</b><span>${range(j, 'mm/yyyy', 'Present')}</span></div><i>${esc(j.title)} · ${esc(j.city)}</i><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="j"><div class="h"><b>${esc(e.school)}</b><span>${fd(e.end, 'mm/yyyy')}</span></div><i>${esc(e.degree)}</i></div>`).join('')}</div></div>`;
  return page(css, body, 'en-US');
}

/** Indian two-column résumé (flex): photo, "Personal Details" with father's mobile and landline beside the own mobile, Jul'21-style dates */
export function inSidebarFlex(p: Person): string {
  const css = `body{font:9.3pt ${FONT_EN};color:#222} .w{display:flex;gap:6mm} .s{flex:0 0 34%;background:#f3efe6;padding:4mm;font-size:8.6pt} .s h3{background:#7a3e00;color:#fff;font-size:8.6pt;padding:1mm 2mm;margin:4mm 0 2mm} .s p{margin:0 0 1.3mm}
  .s table{border-collapse:collapse;width:100%} .s td{padding:.6mm 0;vertical-align:top;font-size:8.3pt} .s td:first-child{width:22mm;color:#555} main{flex:1} h1{font-size:20pt;color:#7a3e00;margin:0} .hl{font-size:10pt;margin-bottom:3mm}
  h2{font-size:10.5pt;color:#7a3e00;border-bottom:1.5px solid #7a3e00;margin:4mm 0 2mm} .j{margin-bottom:2.5mm} .j .h{display:flex;justify-content:space-between;font-weight:bold} ul{margin:1mm 0 0 4.5mm;padding:0}`;
  const body = `<div class="w"><div class="s"><div style="text-align:center">${silhouetteSvg(80, 100, '#e6dccb', '#a8957a')}</div>
  <h3>CONTACT</h3><p>${icon.phone('#7a3e00')} +91-${p.mobile[0].replace(' ', '-')}</p><p>${icon.mail('#7a3e00')} karthik.ramanathan91<br>@rediffmail.com</p><p>${icon.pin('#7a3e00')} Jayanagar, Bengaluru</p>
  <h3>TECHNICAL SKILLS</h3>${skills(p).map((s) => `<p>➤ ${esc(s)}</p>`).join('')}
  <h3>PERSONAL DETAILS</h3><table><tr><td>Date of Birth</td><td>${p.extra!.dob}</td></tr><tr><td>Father's Name</td><td>R. Ramanathan</td></tr><tr><td>Father's Mobile</td><td>${p.others.father}</td></tr><tr><td>Landline</td><td>${p.others.home.replace(/ /g, '-').replace('080-2334-1187', '080-23341187')}</td></tr><tr><td>Marital Status</td><td>Married</td></tr><tr><td>Languages</td><td>${p.languages.join(', ')}</td></tr></table></div>
  <main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><h2>PROFILE SUMMARY</h2><ul><li>11+ years in Java backend development for banking and payments.</li><li>Hands-on with event-driven design and container platforms.</li></ul>
  <h2>PROFESSIONAL EXPERIENCE</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><span>${esc(j.title)} | ${esc(j.company)}</span><span>${range(j, 'in', 'Present', ' – ')}</span></div><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>EDUCATION</h2>${p.edu.map((e) => `<div class="j"><div class="h"><span>${esc(e.degree)}</span><span>${e.end.slice(0, 4)}</span></div>${esc(e.school)} — CGPA ${p.extra!.cgpa}</div>`).join('')}
  <h2>DECLARATION</h2><p>I hereby declare that the above information is true to the best of my knowledge.<br>Place: Bengaluru　　　　　　(${esc(p.name.toUpperCase())})</p></main></div>`;
  return page(css, body, 'en-IN');
}

/** Taiwanese two-column résumé, right sidebar (CSS grid) with 手機 / 市話 / 公司 分機 / 傳真 and "～迄今" dates */
export function twSidebar(p: Person): string {
  const mixed = p.lang === 'mixed';
  const css = `body{font:9.3pt ${fontZh(true)};color:#222} .g{display:grid;grid-template-columns:1fr 60mm;gap:0 6mm} .hd{grid-column:1/3;display:flex;align-items:baseline;gap:5mm;border-bottom:3px solid #2e7d6b;margin-bottom:4mm;padding-bottom:2mm}
  .hd h1{font-size:22pt;margin:0} .hd span{color:#2e7d6b;font-size:11pt} aside{background:#eef6f3;padding:4mm;font-size:8.6pt} aside h3{color:#2e7d6b;font-size:9.5pt;margin:3mm 0 1.5mm;border-bottom:1px solid #2e7d6b} aside h3:first-child{margin-top:0}
  aside .r{margin-bottom:1.8mm} aside .r small{display:block;color:#666;font-size:7.6pt} h2{font-size:11pt;color:#2e7d6b;margin:3mm 0 2mm} .j{margin-bottom:3mm;border-left:2px solid #cfe5de;padding-left:3mm}
  .j .h{display:flex;justify-content:space-between} .j .d{color:#2e7d6b;font-size:8.6pt} ul{margin:1mm 0 0 4mm;padding:0} .tag{display:inline-block;background:#fff;border:1px solid #2e7d6b;border-radius:3mm;padding:0 2mm;margin:0 1mm 1mm 0}`;
  const lbl = (zh: string, en: string) => (mixed ? `${zh} ${en}` : zh);
  const body = `<div class="g"><div class="hd"><h1>${esc(p.name)}</h1><span>${esc(p.latin ?? '')}</span><span>${esc(p.headline)}</span></div>
  <main><h2>${lbl('自我介紹', 'About')}</h2><p style="margin:0">${mixed ? 'Product designer with ten years in Taipei studios and fintech. 從研究到設計系統都親自動手。' : '十年以上半導體製程經驗，熟悉薄膜與黃光製程，擅長以數據分析推動良率改善。'}</p>
  <h2>${lbl('工作經歷', 'Experience')}</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><b>${esc(j.company)}</b><span class="d">${fd(j.start, 'yyyy/mm')}～${j.end ? fd(j.end, 'yyyy/mm') : (mixed ? '迄今 Present' : '迄今')}</span></div>${esc(j.title)}<ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>${lbl('學歷', 'Education')}</h2>${p.edu.map((e) => `<div class="j"><div class="h"><b>${esc(e.school)}</b><span class="d">${fd(e.start, 'yyyy/mm')}～${fd(e.end, 'yyyy/mm')}</span></div>${esc(e.degree)}</div>`).join('')}</main>
  <aside><h3>${lbl('聯絡方式', 'Contact')}</h3><div class="r"><small>${lbl('手機', 'Mobile')}</small>${p.mobile[0]}</div><div class="r"><small>${lbl('市話', 'Home')}</small>${p.others.home}</div><div class="r"><small>${lbl('公司', 'Office')}</small>${p.others.office}</div>${p.others.fax ? `<div class="r"><small>傳真</small>${p.others.fax}</div>` : ''}<div class="r"><small>E-mail</small>${esc(p.email)}</div><div class="r"><small>${lbl('通訊地址', 'Address')}</small>${esc(p.address)}</div>
  <h3>${lbl('專長', 'Skills')}</h3>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}<h3>${lbl('語言', 'Languages')}</h3>${p.languages.map((s) => `<div class="r">${esc(s)}</div>`).join('')}
  <h3>${lbl('緊急聯絡人', 'Emergency')}</h3><div class="r">${mixed ? '張美玲（姊 sister）' : '林志偉（兄）'}<br>${p.others.emergency}</div></aside></div>`;
  return page(css, body, 'zh-TW');
}

/** Chinese two-column résumé built with CSS table display: dark left cell with photo, labels above values (电话 / 微信 / 邮箱 / 紧急联系人), 2020年4月 - 至今 */
export function cnPhotoSidebar(p: Person): string {
  const x = p.extra!;
  const css = `body{font:9.3pt ${fontZh(false)};color:#222} .t{display:table;width:100%;table-layout:fixed} .s,.m{display:table-cell;vertical-align:top} .s{width:57mm;background:#2b3a4a;color:#eef;padding:5mm 4mm;font-size:8.6pt} .m{padding:0 0 0 6mm}
  .s h3{font-size:9.5pt;color:#ffd28a;margin:4mm 0 1.5mm;letter-spacing:1px} .s .k{color:#aab;font-size:7.8pt;margin-top:1.5mm} .s .v{margin-bottom:.5mm} .ph{text-align:center} .s .sk{margin:.8mm 0}
  h1{font-size:24pt;margin:0;letter-spacing:3px} .hl{color:#2b3a4a;margin:1mm 0 3mm;font-size:10.5pt} h2{font-size:11pt;background:#2b3a4a;color:#fff;display:inline-block;padding:.5mm 3mm;margin:4mm 0 2mm}
  .j .h{display:flex;justify-content:space-between;font-weight:bold;border-bottom:1px dashed #bbb;padding-bottom:.5mm} .j{margin-bottom:2.5mm} ol{margin:1mm 0 0 5mm;padding:0}`;
  const body = `<div class="t"><div class="s"><div class="ph">${silhouetteSvg(86, 108, '#3d4f63', '#8094a8')}</div>
  <h3>基本信息</h3><div class="k">性别 / 出生年月</div><div class="v">${x.gender}　${x.born}</div><div class="k">籍贯</div><div class="v">${esc(x.hukou)}</div><div class="k">政治面貌</div><div class="v">${x.politics}</div>
  <h3>联系方式</h3><div class="k">${icon.phone('#ffd28a')} 电话（微信同号）</div><div class="v">${p.mobile[0]}</div><div class="k">${icon.mail('#ffd28a')} 邮箱</div><div class="v">${esc(p.email)}</div><div class="k">${icon.home('#ffd28a')} 家庭电话</div><div class="v">${p.others.home}</div><div class="k">紧急联系人</div><div class="v">${p.id === 'p09' ? '何建国（父）' : p.id === 'p08' ? '孙国平（父）' : '张琳（妻）'} ${p.others.emergency}</div>
  <h3>专业技能</h3>${skills(p).map((s) => `<div class="sk">▪ ${esc(s)}</div>`).join('')}<h3>语言能力</h3>${p.languages.map((s) => `<div class="sk">${esc(s)}</div>`).join('')}</div>
  <div class="m"><h1>${esc(p.name)}</h1><div class="hl">求职意向：${esc(p.headline)}　|　期望城市：${esc(p.city)}</div>
  <h2>工作经历</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><span>${esc(j.company)}　${esc(j.title)}</span><span>${fd(j.start, 'zh')} - ${j.end ? fd(j.end, 'zh') : '至今'}</span></div><ol>${li(j.duties)}</ol></div>`).join('')}
  <h2>教育背景</h2>${p.edu.map((e) => `<div class="j"><div class="h"><span>${esc(e.school)}　${esc(e.degree)}</span><span>${fd(e.start, 'zh')} - ${fd(e.end, 'zh')}</span></div></div>`).join('')}
  <h2>自我评价</h2><p>工作认真细致，抗压能力强，具备良好的沟通协调能力和团队合作精神。</p></div></div>`;
  return page(css, body, 'zh-CN');
}

/** Hong Kong two-column CV: header band, right column (flex) with bilingual labels 手提 Mobile / 住宅 Home / 辦公室 Office, "MM/YYYY - Present 至今" */
export function hkSidebar(p: Person): string {
  const mixed = p.lang === 'mixed';
  const css = `body{font:9.3pt ${fontZh(true)};color:#222} .band{background:#7b1e3a;color:#fff;padding:4mm 5mm;display:flex;justify-content:space-between;align-items:flex-end} .band h1{margin:0;font-size:20pt} .band div{font-size:10pt}
  .w{display:flex;gap:6mm;margin-top:4mm} main{flex:1} aside{flex:0 0 56mm;border-left:2px solid #7b1e3a;padding-left:4mm;font-size:8.6pt} aside h3{color:#7b1e3a;font-size:9.5pt;margin:0 0 1.5mm} aside section{margin-bottom:4mm} aside p{margin:0 0 1.2mm}
  h2{color:#7b1e3a;font-size:11pt;margin:0 0 2mm;border-bottom:1px solid #ddd} .j{margin-bottom:3mm} .j .h{display:flex;justify-content:space-between} .j .h span{color:#7b1e3a;font-size:8.5pt} ul{margin:1mm 0 0 4mm;padding:0}`;
  const B = (zh: string, en: string) => (mixed ? `${en} ${zh}` : `${zh} ${en}`);
  const body = `<div class="band"><div><h1>${esc(p.name)}</h1>${esc(p.latin ?? '')}</div><div>${esc(p.headline)}</div></div>
  <div class="w"><main><h2>${B('工作經驗', 'Work Experience')}</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><b>${esc(j.title)}</b><span>${fd(j.start, 'mm/yyyy')} - ${j.end ? fd(j.end, 'mm/yyyy') : 'Present 至今'}</span></div>${esc(j.company)}<ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>${B('學歷', 'Education')}</h2>${p.edu.map((e) => `<div class="j"><div class="h"><b>${esc(e.degree)}</b><span>${fd(e.start, 'mm/yyyy')} - ${fd(e.end, 'mm/yyyy')}</span></div>${esc(e.school)}</div>`).join('')}
  <h2>${B('其他資料', 'Other Information')}</h2><p>${mixed ? `Expected salary: ${p.extra!.salary} · Availability: ${p.extra!.notice} notice` : '期望薪酬：面議　可上班日期：一個月通知'}</p></main>
  <aside><section><h3>${B('聯絡資料', 'Contact')}</h3><p>${B('住宅', 'Home')}<br>${p.others.home}</p><p>${B('手提', 'Mobile')}<br>${p.mobile[1]}</p><p>${B('辦公室', 'Office')}<br>${p.others.office}</p><p>${B('電郵', 'Email')}<br>${esc(p.email)}</p><p>${esc(p.address)}</p></section>
  <section><h3>${B('技能', 'Skills')}</h3>${skills(p).map((s) => `<p>◆ ${esc(s)}</p>`).join('')}</section><section><h3>${B('語言', 'Languages')}</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</section>
  <section><h3>${B('推薦人', 'Referee')}</h3><p>${mixed ? `Mr. LEUNG Kwok Wah, Head of IT, Kowloon Mutual Insurance · ${p.others.referee}` : '李美玲小姐，鴻泰貿易有限公司 營運經理 · 9286 3107'}</p></section></aside></div>`;
  return page(css, body, 'zh-HK');
}

/** UK CV set out like a letter: name, then a left postal-address block and a right block of tab-aligned Tel (home) / Mobile / Email rows */
export function ukAddressBlock(p: Person): string {
  const css = `body{font:10pt ${FONT_SERIF};color:#111} h1{font-size:19pt;margin:0 0 3mm;font-weight:normal;letter-spacing:1px} .addr{display:flex;justify-content:space-between;font-size:9.5pt;border-bottom:.5pt solid #000;padding-bottom:3mm}
  .addr table td{padding:0 3mm 0 0} h2{font-size:10.5pt;text-transform:uppercase;margin:4mm 0 1.5mm} .e{margin-bottom:2.5mm} .e b{font-weight:bold} ul{margin:.5mm 0 0 5mm;padding:0}`;
  const body = `<h1>${esc(p.name)} MRICS</h1><div class="addr"><div>14 Cotton Lane<br>Didsbury<br>Manchester<br>M20 6RT</div><table><tr><td>Tel (home):</td><td>${p.others.home}</td></tr><tr><td>Mobile:</td><td>${p.mobile[1]}</td></tr><tr><td>Tel (work):</td><td>${p.others.office} (please leave a message)</td></tr><tr><td>Email:</td><td>${esc(p.email)}</td></tr></table></div>
  <h2>Career summary</h2><p style="margin:0">Commercial manager on public-sector frameworks; I run a job's money from tender to final account.</p>
  <h2>Employment</h2>${[...p.work].reverse().map((j) => `<div class="e"><b>${esc(j.company)}</b> — ${esc(j.title)} (${range(j, 'month', 'to date')})<ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Qualifications</h2><p style="margin:0">${p.edu.map((e) => `${esc(e.degree)}, ${esc(e.school)}, ${e.end.slice(0, 4)}`).join('<br>')}<br>Member of the Royal Institution of Chartered Surveyors, 2019</p>
  <h2>Skills</h2><p style="margin:0">${skills(p).map(esc).join('; ')}</p><h2>Languages</h2><p style="margin:0">${p.languages.join('; ')}</p>
  <h2>Referees</h2><p style="margin:0">Gareth Lowe, Commercial Director, Castlefield Build Ltd, ${p.others.referee}<br>Second referee available on request.</p>`;
  return page(css, body, 'en-GB');
}

/** Australian résumé sent by a recruitment agency: agency band with the consultant's 1300 and mobile numbers; candidate details in a "Candidate" box */
export function auAgencySingle(p: Person): string {
  const css = `body{font:9.5pt ${FONT_EN};color:#222} .ag{display:flex;justify-content:space-between;background:#f28c28;color:#fff;padding:3mm 4mm;font-size:8.5pt} .ag b{font-size:13pt}
  .cand{border:1px solid #f28c28;margin:4mm 0;padding:3mm 4mm} .cand h1{margin:0;font-size:18pt} .cand p{margin:1mm 0 0} h2{font-size:10.5pt;color:#f28c28;margin:4mm 0 1.5mm;text-transform:uppercase}
  .j{margin-bottom:2.5mm} .j .h{display:flex;justify-content:space-between;font-weight:bold} ul{margin:.5mm 0 0 5mm;padding:0}`;
  const body = `<div class="ag"><div><b>CareBridge Recruitment</b><br>Health &amp; Community Services · Melbourne</div><div style="text-align:right">Your consultant: Jess Tran<br>T 1300 555 147 · M 0491 570 159<br>jess.tran@carebridge.example</div></div>
  <div class="cand"><h1>${esc(p.name)}</h1><p>${esc(p.headline)}</p><p>Phone: ${p.mobile[0]} · Home: ${p.others.home} · Email: ${esc(p.email)} · Location: Glen Waverley VIC</p><p>Availability: 4 weeks' notice · Work rights: Australian citizen · Police check: current (2026)</p></div>
  <h2>Key Skills</h2><p style="margin:0">${skills(p).map(esc).join(' | ')}</p>
  <h2>Employment History</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><span>${esc(j.company)} – ${esc(j.title)}</span><span>${range(j, 'month', 'current')}</span></div><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Qualifications</h2><p style="margin:0">${p.edu.map((e) => `${esc(e.degree)} – ${esc(e.school)} (${e.end.slice(0, 4)})`).join('<br>')}<br>Certificate III in Individual Support – Box Hill Institute (2011)</p>
  <h2>Languages</h2><p style="margin:0">${p.languages.join(', ')}</p><h2>Referees</h2><p style="margin:0">Helen Marsh (Yarra Ranges Health) ${p.others.referee1} · Sunil Perera (Kinglake Community Care) ${p.others.referee2}</p>
  <p style="font-size:7.5pt;color:#777;margin-top:5mm">Submitted by CareBridge Recruitment Pty Ltd (ABN 51 824 753 556). Please arrange all interviews through your consultant.</p>`;
  return page(css, body, 'en-AU');
}

/** US résumé, header split: street address left, a right block of labelled phones (Cell / Work / Fax); "June 2013 – January 2016" */
export function usSingle(p: Person): string {
  const css = `body{font:10pt ${FONT_SERIF};color:#111} .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #111;padding-bottom:2mm} .hd h1{margin:0;font-size:21pt}
  .hd .r{text-align:right;font-size:9pt} h2{font-size:10.5pt;letter-spacing:1.5px;margin:4mm 0 1.5mm;text-transform:uppercase} .j{margin-bottom:2.5mm} .j .h{display:flex;justify-content:space-between} ul{margin:.5mm 0 0 5mm;padding:0}`;
  const body = `<div class="hd"><div><h1>${esc(p.name)}</h1>2250 W. Belmont Ave, Apt 3R<br>Chicago, IL 60618</div><div class="r">Cell: ${p.mobile[0]}<br>Work: ${p.others.work}<br>Fax: ${p.others.fax}<br>${esc(p.email)}</div></div>
  <h2>Qualifications Profile</h2><p style="margin:0">Forecasting and inventory analyst who has run S&amp;OP demand reviews for a $400M distributor.</p>
  <h2>Areas of Expertise</h2><p style="margin:0">${skills(p).map(esc).join(' • ')}</p>
  <h2>Experience</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><b>${esc(j.title)}</b><span>${range(j, 'month', 'Present')}</span></div><i>${esc(j.company)}, ${esc(j.city)}</i><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Education &amp; Credentials</h2><p style="margin:0">${p.edu.map((e) => `${esc(e.degree)}, ${esc(e.school)}, ${e.end.slice(0, 4)}`).join('<br>')}<br>APICS CPIM, 2019 · Six Sigma Green Belt</p><h2>Languages</h2><p style="margin:0">${p.languages.join(', ')}</p>`;
  return page(css, body, 'en-US');
}

/** Chinese single-column résumé whose contact details sit in a two-row strip at the very bottom (“联系我”), header only the name and 求职意向 */
export function zhSingle(p: Person): string {
  const css = `body{font:9.6pt ${fontZh(false)};color:#222} h1{font-size:22pt;margin:0;color:#8b1a1a} .yx{margin:1mm 0 3mm;color:#555} h2{font-size:11pt;color:#8b1a1a;border-bottom:2px solid #8b1a1a;margin:4mm 0 2mm;padding-bottom:.5mm}
  .j{margin-bottom:2.5mm} .j .h{display:flex;gap:6mm;font-weight:bold} ol{margin:1mm 0 0 5mm;padding:0} .ft{margin-top:6mm;border-top:1px solid #8b1a1a;padding-top:2mm;display:grid;grid-template-columns:repeat(3,1fr);font-size:8.6pt;gap:1mm}`;
  const body = `<h1>${esc(p.name)}</h1><div class="yx">求职意向：${esc(p.headline)} ｜ ${esc(p.city)} ｜ 到岗时间：一个月内</div>
  <h2>工作经历</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><span>${fd(j.start, 'yyyy.mm')} ~ ${j.end ? fd(j.end, 'yyyy.mm') : '至今'}</span><span>${esc(j.company)}</span><span>${esc(j.title)}</span></div><ol>${li(j.duties)}</ol></div>`).join('')}
  <h2>教育经历</h2>${p.edu.map((e) => `<div class="j"><div class="h"><span>${fd(e.start, 'yyyy.mm')} ~ ${fd(e.end, 'yyyy.mm')}</span><span>${esc(e.school)}</span><span>${esc(e.degree)}</span></div></div>`).join('')}
  <h2>专业技能</h2><p>${skills(p).map(esc).join(' / ')}</p><h2>证书</h2><p>中级会计师（2019）　初级会计师（2015）</p><h2>语言</h2><p>${esc(p.languages.join('；'))}</p>
  <div class="ft"><span>联系我 · 手机：${p.mobile[0]}</span><span>座机：${p.others.home}</span><span>邮箱：${esc(p.email)}</span><span>现居：${esc(p.address.slice(0, 8))}</span><span>性别：${p.extra!.gender}</span><span>出生：${p.extra!.born}</span></div>`;
  return page(css, body, 'zh-CN');
}

/** Hong Kong Traditional-Chinese single-column CV: bilingual name line, particulars on one line with 住宅 / 手提 phones, "2021 年 2 月至今" */
export function hkSingle(p: Person): string {
  const css = `body{font:9.6pt ${fontZh(true)};color:#222} .hd{text-align:center;border-bottom:1px solid #333;padding-bottom:2mm} .hd h1{margin:0;font-size:20pt;letter-spacing:4px} .hd p{margin:1mm 0 0;font-size:8.8pt}
  h2{font-size:10.5pt;margin:4mm 0 1.5mm;background:#e8e8e8;padding:.5mm 2mm} .j{margin-bottom:2mm} .j .h{display:flex;justify-content:space-between;font-weight:bold} ul{margin:.5mm 0 0 5mm;padding:0}`;
  const body = `<div class="hd"><h1>${esc(p.name)}</h1><p>${esc(p.latin!)}　｜　${esc(p.headline)}</p><p>住宅：${p.others.home}　手提：${p.mobile[0]}　電郵：${esc(p.email)}</p><p>${esc(p.address)}</p></div>
  <h2>工作經驗</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><span>${esc(j.company)}　—　${esc(j.title)}</span><span>${fd(j.start, 'zh')}${j.end ? ' 至 ' + fd(j.end, 'zh') : '至今'}</span></div><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>學歷</h2>${p.edu.map((e) => `<div class="j"><div class="h"><span>${esc(e.school)}　${esc(e.degree)}</span><span>${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</span></div></div>`).join('')}
  <h2>專業技能</h2><p style="margin:0">${skills(p).map(esc).join('　•　')}</p><h2>專業資格</h2><p style="margin:0">香港人力資源管理學會（HKIHRM）專業會員</p>
  <h2>語言能力</h2><p style="margin:0">${esc(p.languages.join('、'))}</p><h2>其他</h2><p style="margin:0">期望薪酬：HK$58,000　可上班日期：一個月通知　推薦人：李美玲小姐（9286 3107）</p>`;
  return page(css, body, 'zh-HK');
}

/** Bilingual single-column HK CV with a "Contact 聯絡" block laid out as a small label/value list right under the summary (not in the header) */
export function mixedSingle(p: Person): string {
  const css = `body{font:9.6pt ${fontZh(true)};color:#222} h1{font-size:20pt;margin:0} h1 small{font-size:11pt;color:#555;font-weight:normal;margin-left:3mm} .hl{color:#0b6e99;margin:1mm 0 3mm}
  h2{font-size:10.5pt;color:#0b6e99;margin:4mm 0 1.5mm;border-bottom:1px solid #0b6e99} dl{display:grid;grid-template-columns:36mm 1fr;margin:0;gap:.8mm} dt{color:#555} dd{margin:0}
  .j{margin-bottom:2.5mm} .j .h{display:flex;justify-content:space-between} ul{margin:.5mm 0 0 5mm;padding:0}`;
  const body = `<h1>${esc(p.name)}<small>${esc(p.latin!)}</small></h1><div class="hl">${esc(p.headline)}</div>
  <p style="margin:0">IT project manager with fifteen years in Hong Kong financial services; 擅長供應商管理及跨部門溝通。</p>
  <h2>Contact 聯絡</h2><dl><dt>Office 辦公室</dt><dd>${p.others.office} (direct) · Fax ${p.others.fax}</dd><dt>Home 住宅</dt><dd>${p.others.home}</dd><dt>Mobile 手提</dt><dd>${p.mobile[1]}</dd><dt>Email 電郵</dt><dd>${esc(p.email)}</dd></dl>
  <h2>Employment 工作經驗</h2>${[...p.work].reverse().map((j) => `<div class="j"><div class="h"><b>${esc(j.company)}</b><span>${range(j, 'mon', 'Present 至今')}</span></div><i>${esc(j.title)}</i><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Education 學歷</h2>${p.edu.map((e) => `<div class="j"><div class="h"><b>${esc(e.school)}</b><span>${e.end.slice(0, 4)}</span></div>${esc(e.degree)}</div>`).join('')}
  <h2>Skills 技能</h2><p style="margin:0">${skills(p).map(esc).join(', ')}</p><h2>Certifications 證書</h2><p style="margin:0">PMP (2018) · ITIL 4 Foundation (2020)</p>
  <h2>Languages 語言</h2><p style="margin:0">${p.languages.join(' · ')}</p><h2>Other 其他</h2><p style="margin:0">Expected salary: ${p.extra!.salary} · Notice: ${p.extra!.notice}</p>`;
  return page(css, body, 'zh-HK');
}
