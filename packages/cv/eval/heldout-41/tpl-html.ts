/** heldout-41: HTML templates printed by Chromium. Each returns a full HTML page for one person. */
import type { Person, Job } from './people.ts';
import { MON, MONTH, y, m, mm, lastDay, esc, skills, rev, months, dur, page, full } from './gen-helpers.ts';

const li = (a: string[]) => a.map((d) => `<li>${esc(d)}</li>`).join('');

/** Belgian CV (Flemish habit): "Personal information" block with GSM/home, day-level dates "01/09/2017 – 31/03/2021". */
export function beCv(p: Person): string {
  const d = (j: Job) => `01/${mm(j.start)}/${y(j.start)} – ${j.end ? `${lastDay(j.end)}/${mm(j.end)}/${y(j.end)}` : 'present'}`;
  const jobs = rev(p).map((j) => `<div class="job"><div class="when">${d(j)} <span>· ${esc(j.town)}</span></div>
    <div class="emp">${esc(j.company.toUpperCase())}</div><div class="ttl">${esc(j.title)}</div><ul>${li(j.duties)}</ul></div>`).join('');
  return page(`<div class="kick">Curriculum vitae</div><h1>${esc(p.name)}</h1><div class="head">${esc(p.headline)}</div>
  <h2>Personal information</h2><table class="pi">
  <tr><td>Address</td><td>${esc(p.address)}</td></tr><tr><td>GSM</td><td>${esc(p.phoneShown)}</td></tr>
  <tr><td>Telephone</td><td>${esc(p.otherPhone ?? '')}</td></tr><tr><td>E-mail</td><td>${esc(p.email)}</td></tr>
  <tr><td>Date of birth</td><td>${esc(p.extra.born)}</td></tr><tr><td>Nationality</td><td>${esc(p.extra.nationality)}</td></tr>
  <tr><td>Driving licence</td><td>${esc(p.extra.licence)}</td></tr></table>
  <h2>Profile</h2><p>${esc(p.summary)}</p>
  <h2>Work experience</h2>${jobs}
  <h2>Education</h2>${p.edu.map((e) => `<div class="job"><div class="when">${mm(e.start)}/${y(e.start)} – ${mm(e.end)}/${y(e.end)}</div><div class="emp">${esc(e.school)}</div><div class="ttl">${esc(e.degree)}</div></div>`).join('')}
  <h2>Competences</h2><p>${skills(p).map(esc).join(' – ')}</p>
  <h2>Certificates</h2><p>${p.certs.map(esc).join('; ')}</p>
  <h2>Languages</h2><p>${p.languages.map(esc).join(' | ')}</p>`,
  `body{padding:0 4mm;font-size:9.5pt}.kick{color:#8a1c2b;letter-spacing:3px;text-transform:uppercase;font-size:8.5pt}h1{font-size:22pt;font-weight:normal}
  .head{color:#555;margin-bottom:4mm}h2{font-size:11pt;color:#8a1c2b;border-bottom:1px solid #8a1c2b;margin:3.5mm 0 1.5mm}
  .pi td{padding:1px 8px 1px 0;vertical-align:top}.pi td:first-child{color:#777;width:32mm}
  .job{margin-bottom:2mm}.when{font-style:italic;color:#555;font-size:9pt}.when span{font-style:normal}.emp{font-weight:bold;letter-spacing:.5px}.ttl{color:#333}`);
}

/** Argentine CV in English for a foreign employer, Spanish/English labels, "FERREYRA, Lucía", Empresa/Cargo/Período lines. */
export function arCv(p: Person): string {
  const per = (j: Job) => `${MONTH[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MONTH[m(j.end) - 1]} ${y(j.end)}` : 'Actualidad / to date'}`;
  const [first, ...rest] = p.name.split(' ');
  const jobs = rev(p).map((j) => `<div class="job"><p><b>Empresa / Company:</b> ${esc(j.company)}</p><p><b>Cargo / Position:</b> ${esc(j.title)}</p>
  <p><b>Período / Period:</b> ${per(j)}</p><p><b>Lugar / Place:</b> ${esc(j.town)}</p><p><b>Tareas / Tasks:</b> ${esc(j.duties.join(' '))}</p></div>`).join('');
  return page(`<h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <h2>Datos personales / Personal data</h2>
  <p>Apellido y nombre / Surname and name: ${esc(rest.join(' ').toUpperCase())}, ${esc(first)}</p>
  <p>DNI: ${esc(p.extra.dni)} — CUIL: ${esc(p.extra.cuil)}</p><p>Fecha de nacimiento / Date of birth: ${esc(p.extra.born)} — Estado civil / Marital status: ${esc(p.extra.marital)}</p>
  <p>Domicilio / Address: ${esc(p.address)}</p><p>Celular / Mobile: ${esc(p.phoneShown)} — Tel. particular / Home: ${esc(p.otherPhone ?? '')}</p><p>E-mail: ${esc(p.email)}</p>
  <h2>Objetivo / Objective</h2><p>${esc(p.summary)}</p>
  <h2>Experiencia laboral / Work experience</h2>${jobs}
  <h2>Formación académica / Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)} — ${esc(e.school)} (${y(e.start)}–${y(e.end)})</p>`).join('')}
  <h2>Conocimientos técnicos / Technical skills</h2><ul>${li(skills(p))}</ul>
  <h2>Certificaciones / Certifications</h2><p>${p.certs.map(esc).join('; ')}</p>
  <h2>Idiomas / Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>`,
  `h1{font-size:20pt;text-align:center}.hl{text-align:center;color:#555;margin-bottom:3mm}h2{font-size:10.5pt;background:#e8eef5;padding:2px 6px;margin:4mm 0 2mm}
  .job{margin:0 0 3mm 4mm}.job p{margin:0}ul{columns:2}`);
}

/** Finnish CV: contact top right, "Title, Employer, Town 3/2024–" lines with the period at the end, language levels in words. */
export function fiCv(p: Person): string {
  const per = (j: Job) => `${m(j.start)}/${y(j.start)}–${j.end ? `${m(j.end)}/${y(j.end)}` : ''}`;
  return page(`<div class="top"><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div>
  <div class="ct">${esc(p.address)}<br>puh. ${esc(p.phoneShown)}<br>${esc(p.email)}<br>b. ${esc(p.extra.born)}</div></div>
  <p class="sum">${esc(p.summary)}</p>
  <h2>Work experience</h2>${rev(p).map((j) => `<div class="job"><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town)} <span class="d">${per(j)}</span><ul>${li(j.duties)}</ul></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="job"><b>${esc(e.degree)}</b>, ${esc(e.school)} <span class="d">${m(e.start)}/${y(e.start)}–${m(e.end)}/${y(e.end)}</span></div>`).join('')}
  <h2>Skills</h2><p>${skills(p).map(esc).join(', ')}</p>
  <h2>Language skills</h2><p>${p.languages.map(esc).join('; ')}</p>
  <h2>Other</h2><p>Hobbies: orienteering, choir. References on request.</p>`,
  `.top{display:flex;justify-content:space-between;border-bottom:2px solid #1d4e89;padding-bottom:3mm}h1{font-size:21pt;color:#1d4e89}
  .ct{text-align:right;font-size:9pt}.sum{margin:4mm 0}h2{font-size:11pt;text-transform:uppercase;color:#1d4e89;margin:4mm 0 1.5mm}.job{margin-bottom:2mm}.d{white-space:nowrap;color:#444}`);
}

/** 知乎专栏文章 printed from the browser: nickname header, 赞同 count, "2020 年 6 月 - 2024 年 8 月" with spaces. */
export function zhihu(p: Person): string {
  const nick = p.id === 'p11' ? '一鸣惊人的鸣' : '琪琪的账本';
  const d = (s: string) => `${y(s)} 年 ${m(s)} 月`;
  const jobs = rev(p).map((j) => `<h3>${esc(j.company)}｜${esc(j.title)}</h3><p class="dt">${d(j.start)} - ${j.end ? d(j.end) : '至今'}，${esc(j.town)}</p><ul>${li(j.duties)}</ul>`).join('');
  return page(`<div class="bar"><b>知乎</b> <span>首发于 职场那些事儿</span><span class="r">写文章</span></div>
  <h1>【求职】${esc(p.headline)}，坐标${esc(p.work[p.work.length - 1].town)}，附简历</h1>
  <div class="au"><div class="av">${esc(nick.slice(0, 1))}</div><div><b>${esc(nick)}</b><br><span>${esc(p.headline)}</span></div></div>
  <p class="meta">${p.id === 'p11' ? 213 : 96} 人赞同了该文章</p>
  <p>大家好，最近在看新机会，把简历整理成文章发出来，欢迎各位 HR 和猎头朋友私信或者直接邮件联系。先简单介绍一下：我叫${esc(p.name)}，${esc(p.summary)}</p>
  <h2>联系方式</h2><ul><li>手机/微信：${esc(p.phoneShown)}</li><li>邮箱：${esc(p.email)}</li></ul>
  <h2>工作经历</h2>${jobs}
  <h2>技能</h2><p>${skills(p).map(esc).join(' / ')}</p>
  <h2>教育经历</h2>${p.edu.map((e) => `<p>${esc(e.school)}，${esc(e.degree)}，${y(e.start)} 年 - ${y(e.end)} 年</p>`).join('')}
  <h2>证书</h2><p>${p.certs.map(esc).join('；') || '无'}</p>
  <p class="foot">编辑于 2026-11-20 21:14・IP 属地${p.id === 'p11' ? '上海' : '广东'}</p><div class="act">▲ 赞同 ${p.id === 'p11' ? 213 : 96}　▼　${p.id === 'p11' ? 47 : 18} 条评论　➦ 分享　★ 收藏　♥ 喜欢</div>`,
  `body{font-family:'WenQuanYi Zen Hei',sans-serif;max-width:160mm;margin:auto;font-size:10.5pt;line-height:1.6}.bar{border-bottom:1px solid #ddd;padding-bottom:2mm;color:#0066ff}.bar span{color:#8590a6;margin-left:4mm;font-size:9pt}.bar .r{float:right}
  h1{font-size:17pt;margin:4mm 0}.au{display:flex;gap:3mm;align-items:center}.av{width:11mm;height:11mm;border-radius:2mm;background:#3e6fb5;color:#fff;font-size:14pt;text-align:center;line-height:11mm}.au span{color:#8590a6;font-size:9pt}
  .meta{color:#8590a6;font-size:9pt;margin:2mm 0 3mm}h2{font-size:13pt;margin:4mm 0 1mm}h3{font-size:11pt;margin-top:2mm}.dt{color:#555}.foot{color:#8590a6;font-size:9pt;margin-top:4mm}.act{border-top:1px solid #eee;margin-top:2mm;padding-top:2mm;color:#0066ff;font-size:9pt}`, 'zh');
}

/** 中英文简历: page 1 Chinese, page 2 the same CV in English (as sent to foreign-invested firms). */
export function zhThenEn(p: Person): string {
  const zt: Record<string, string> = {
    'Algorithm Intern': '算法实习生', 'Machine Learning Engineer': '机器学习工程师', 'Senior ML Engineer': '高级机器学习工程师', 'Staff ML Engineer': '主任机器学习工程师',
    'Account Executive': '客户执行', 'Marketing Specialist': '市场专员', 'Senior Brand Manager': '高级品牌经理', 'Marketing Director, APAC': '亚太区市场总监',
  };
  const zd = (j: Job) => `${y(j.start)}.${mm(j.start)}–${j.end ? `${y(j.end)}.${mm(j.end)}` : '至今'}`;
  const ed = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Present'}`;
  const gap = p.id === 'p14';
  const zh = `<section><h1>个人简历</h1><table class="info"><tr><td>姓名：${esc(p.name)}</td><td>英文名：${esc(p.alias ?? '')}</td></tr>
  <tr><td>手机：${esc(p.phoneShown)}</td><td>邮箱：${esc(p.email)}</td></tr><tr><td colspan="2">地址：${esc(p.address)}</td></tr></table>
  <h2>工作经历</h2>${rev(p).map((j) => `<div class="row"><span class="d">${zd(j)}</span><span class="c">${esc(j.company)}</span><span class="t">${esc(zt[j.title] ?? j.title)}</span></div>`).join('')}
  ${gap ? '<div class="row"><span class="d">2019.07–2020.02</span><span class="c">职业间隔（旅行、进修 CIM 市场营销文凭）</span></div>' : ''}
  <h2>专业技能</h2><p>${skills(p).map(esc).join(' · ')}</p><h2>教育背景</h2>${p.edu.map((e) => `<p>${y(e.start)}.${mm(e.start)}–${y(e.end)}.${mm(e.end)}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}
  <h2>语言</h2><p>${p.languages.map(esc).join('；')}</p></section>`;
  const en = `<section class="en"><h1>RESUME</h1><div class="nm">${esc(p.alias ?? '')} <span>${esc(p.name)}</span></div><p class="c2">${esc(p.phoneShown)} | ${esc(p.email)} | ${esc(p.address.split(' / ')[1] ?? p.address)}</p>
  <h2>Summary</h2><p>${esc(p.summary)}</p><h2>Experience</h2>${rev(p).map((j) => `<div class="job"><div class="row"><b>${esc(j.title)}</b>, ${esc(j.company)}<span class="r">${ed(j)}</span></div><ul>${li(j.duties)}</ul></div>`).join('')}
  ${gap ? '<div class="job"><div class="row"><i>Career break — travel and part-time CIM diploma</i><span class="r">Jul 2019 – Feb 2020</span></div></div>' : ''}
  <h2>Skills</h2><p>${skills(p).map(esc).join(' · ')}</p><h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)}, ${y(e.end)}</p>`).join('')}
  <h2>Languages</h2><p>${p.languages.map(esc).join('; ')}</p></section>`;
  return page(zh + en, `section{min-height:250mm}section.en{page-break-before:always}h1{text-align:center;font-size:18pt;letter-spacing:6px;margin-bottom:3mm}
  .info{width:100%;border-collapse:collapse}.info td{padding:2px 0}h2{font-size:11.5pt;border-bottom:2px solid #2b6cb0;color:#2b6cb0;margin:4mm 0 2mm}
  .row{display:flex;gap:4mm;margin:1mm 0}.d{width:32mm;white-space:nowrap}.c{flex:1}.t{width:45mm}.en .row{display:block}.r{float:right}.nm{text-align:center;font-size:15pt}.nm span{font-size:12pt;color:#555}.c2{text-align:center;color:#555;font-size:9pt}`, 'zh');
}

/** Portfolio website "Info / CV" page (Squarespace-like) printed from the browser: nav, client list, year ranges, contact block. */
export function siteInfo(p: Person): string {
  const d = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'now'}`;
  return page(`<div class="nav"><span class="logo">${esc(p.name.toUpperCase())}</span><span>Work</span><span>Shop</span><span class="on">Info</span><span>Contact</span></div>
  <div class="hero"><h1>Hi, I'm Dana — ${esc(p.headline.toLowerCase())} (${esc(p.extra.pronouns)}).</h1><p>${esc(p.summary)}</p></div>
  <div class="grid"><div><h2>Experience</h2>${rev(p).map((j) => `<div class="e"><div class="d">${d(j)}</div><b>${esc(j.company)}</b><br>${esc(j.title)} — ${esc(j.town)}<p>${esc(j.duties.join(' '))}</p></div>`).join('')}</div>
  <div><h2>Capabilities</h2><ul>${li(skills(p))}</ul><h2>Selected clients</h2><p>Fernhill Coffee Roasters, Tidewater Cider, Basalt Climbing, Little Owl Bakery</p>
  <h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)}<br>${esc(e.school)}, ${y(e.end)}</p>`).join('')}
  <h2>Say hello</h2><p>${esc(p.email)}<br>${esc(p.phoneShown)} (call or text)<br>${esc(p.address)}</p></div></div>
  <div class="foot">© 2026 Whitfield Studio · Instagram · Behance · Newsletter</div>`,
  `.nav{display:flex;gap:8mm;border-bottom:1px solid #000;padding-bottom:3mm;font-size:9pt}.logo{font-weight:bold;letter-spacing:2px;flex:1}.on{text-decoration:underline}
  .hero h1{font-size:19pt;font-weight:normal;margin:8mm 0 3mm;font-family:'DejaVu Serif',serif}.hero p{color:#555;margin-bottom:6mm}
  .grid{display:grid;grid-template-columns:1fr 1fr;gap:10mm}h2{font-size:9pt;text-transform:uppercase;letter-spacing:2px;margin:0 0 3mm;color:#b0552b}.grid>div>h2:not(:first-child){margin-top:5mm}
  .e{margin-bottom:4mm}.d{font-size:8.5pt;color:#777}.e p{font-size:9pt;color:#444}.foot{margin-top:8mm;border-top:1px solid #000;padding-top:2mm;font-size:8pt}`);
}

/** Canva-style résumé with a centre axis: jobs alternate left and right of the line, period in a pill on the axis. */
export function centerTimeline(p: Person): string {
  const d = (j: Job) => `${MON[m(j.start) - 1].toUpperCase()} ${y(j.start)} — ${j.end ? `${MON[m(j.end) - 1].toUpperCase()} ${y(j.end)}` : 'PRESENT'}`;
  const items = rev(p).map((j, i) => `<div class="it ${i % 2 ? 'r' : 'l'}"><div class="pill">${d(j)}</div><div class="box"><b>${esc(j.title)}</b><div class="co">${esc(j.company)} · ${esc(j.town)}</div><p>${esc(j.duties.join(' '))}</p></div></div>`).join('');
  return page(`<header><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><div class="ct">✆ ${esc(p.phoneShown)}　✉ ${esc(p.email)}　⌂ ${esc(p.address)}</div></header>
  <p class="sum">${esc(p.summary)}</p><h2>Career path</h2><div class="tl">${items}</div>
  <div class="two"><div><h2>Skills</h2><ul>${li(skills(p))}</ul></div><div><h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${y(e.start)}–${y(e.end)}</p>`).join('')}
  <h2>Languages</h2><p>${p.languages.map(esc).join('<br>')}</p>${p.certs.length ? `<h2>Certificates</h2><p>${p.certs.map(esc).join('<br>')}</p>` : ''}</div></div>`,
  `header{text-align:center;background:#f3efe7;padding:5mm}h1{font-size:22pt;letter-spacing:3px;text-transform:uppercase}.hl{color:#9a6b3c}.ct{font-size:8.5pt;margin-top:2mm}
  .sum{text-align:center;margin:4mm 10mm;font-style:italic}h2{font-size:11pt;text-align:center;letter-spacing:2px;text-transform:uppercase;color:#9a6b3c;margin:4mm 0 3mm}
  .tl{position:relative}.tl:before{content:'';position:absolute;left:50%;top:0;bottom:0;border-left:2px solid #9a6b3c}
  .it{position:relative;width:50%;padding:0 7mm 4mm}.it.l{text-align:right}.it.r{margin-left:50%}
  .pill{display:inline-block;background:#9a6b3c;color:#fff;font-size:7.5pt;padding:1px 6px;border-radius:8px}.box p{font-size:8.5pt;color:#444}.co{font-size:9pt;color:#666}
  .two{display:grid;grid-template-columns:1fr 1fr;gap:8mm;page-break-inside:avoid}.two h2{text-align:left}`);
}

/** Designer CV: the name set vertically in a dark strip on the left, a contact/skills column, then the experience column. */
export function verticalName(p: Person): string {
  const d = (j: Job) => `${y(j.start)}/${mm(j.start)} → ${j.end ? `${y(j.end)}/${mm(j.end)}` : 'now'}`;
  const shown = p.id === 'p03' ? `Mag. ${p.name}` : p.name;
  return page(`<div class="wrap"><div class="strip"><div class="vn">${esc(shown)}</div></div>
  <aside><h2>Contact</h2><p>${esc(p.phoneShown)}<br>${esc(p.email)}<br>${esc(p.address)}</p>${p.otherPhone ? `<p class="sm">${esc(p.otherPhone)}</p>` : ''}
  <h2>Skills</h2><ul>${li(skills(p))}</ul><h2>Languages</h2><p>${p.languages.map(esc).join('<br>')}</p>
  <h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)}<br><span class="sm">${esc(e.school)} ${y(e.start)}–${y(e.end)}</span></p>`).join('')}
  ${p.certs.length ? `<h2>Certification</h2><p class="sm">${p.certs.map(esc).join('<br>')}</p>` : ''}</aside>
  <main><div class="hl">${esc(p.headline)}</div><p class="sum">${esc(p.summary)}</p><h2>Experience</h2>
  ${rev(p).map((j) => `<div class="e"><div class="d">${d(j)}</div><b>${esc(j.company)}</b> <span class="t">/ ${esc(j.title)}</span><ul>${li(j.duties)}</ul></div>`).join('')}</main></div>`,
  `.wrap{display:flex;gap:6mm;min-height:260mm}.strip{width:20mm;background:#1f2a30;display:flex;align-items:flex-end;justify-content:center;padding-bottom:8mm}
  .vn{writing-mode:vertical-rl;transform:rotate(180deg);color:#f4d35e;font-size:30pt;font-weight:bold;letter-spacing:2px;white-space:nowrap}
  aside{width:52mm;font-size:9pt}main{flex:1}h2{font-size:9pt;text-transform:uppercase;letter-spacing:2px;border-bottom:2px solid #f4d35e;margin:4mm 0 2mm}
  .sm{font-size:8pt;color:#555}.hl{font-size:15pt;margin-top:3mm}.sum{color:#444;margin:2mm 0}.e{margin-bottom:3mm}.d{font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt;color:#777}.t{color:#555}`);
}

/** 中文双栏简历 with 竖排 section labels (writing-mode: vertical-rl) in coloured tabs beside each block. */
export function zhVerticalLabels(p: Person): string {
  const d = (j: Job) => `${y(j.start)}.${mm(j.start)}-${j.end ? `${y(j.end)}.${mm(j.end)}` : '至今'}`;
  const blk = (label: string, body: string) => `<div class="blk"><div class="lab">${label}</div><div class="bd">${body}</div></div>`;
  const gap = p.id === 'p09' ? `<div class="job gapj"><div class="hd"><span>${'2023.06-2023.10'}</span></div><p>待业（照顾家中老人）</p></div>` : '';
  const jobs = rev(p).map((j) => `<div class="job"><div class="hd"><span>${d(j)}</span><b>${esc(j.company)}</b><i>${esc(j.title)}</i></div><ul>${li(j.duties)}</ul></div>`);
  if (gap) jobs.splice(1, 0, gap);
  const info = [`年龄/性别：${esc(p.extra.gender)}，${esc(p.extra.born)}生`, `电话：${esc(p.phoneShown)}`, `邮箱：${esc(p.email)}`, `现居：${esc(p.address)}`, p.extra.politics ? `政治面貌：${esc(p.extra.politics)}` : ''].filter(Boolean);
  return page(`<div class="top"><h1>${esc(p.name)}</h1><div>求职意向：${esc(p.headline)}</div></div>
  <div class="cols"><div class="left">${blk('基本信息', info.map((s) => `<p>${s}</p>`).join(''))}${blk('技能特长', `<ul>${li(skills(p))}</ul>`)}
  ${blk('证书', p.certs.map((c) => `<p>${esc(c)}</p>`).join('') || '<p>—</p>')}${blk('教育背景', p.edu.map((e) => `<p>${y(e.start)}.${mm(e.start)}-${y(e.end)}.${mm(e.end)}<br>${esc(e.school)}<br>${esc(e.degree)}</p>`).join(''))}
  ${p.extra.service ? blk('服役', `<p>${esc(p.extra.service)}</p>`) : ''}</div>
  <div class="right">${blk('自我评价', `<p>${esc(p.summary)}</p>`)}${blk('工作经历', jobs.join(''))}</div></div>`,
  `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.5pt}.top{background:#2f5d62;color:#fff;padding:4mm 6mm;display:flex;align-items:baseline;gap:8mm}h1{font-size:22pt;letter-spacing:4px}
  .cols{display:flex;gap:5mm;margin-top:4mm}.left{width:36%}.right{flex:1}.blk{display:flex;gap:2mm;margin-bottom:4mm}
  .lab{writing-mode:vertical-rl;background:#5e8b7e;color:#fff;padding:2mm 0;width:8mm;text-align:center;font-size:11pt;letter-spacing:2mm;min-height:26mm;line-height:8mm}.bd{flex:1}
  .job{margin-bottom:3mm}.hd{display:flex;gap:3mm;flex-wrap:wrap;border-bottom:1px dashed #bbb}.hd span{color:#2f5d62;white-space:nowrap}.hd i{font-style:normal;color:#555}`, 'zh');
}

/** GitHub's default avatar: a 5×5 mirrored identicon drawn from the login. */
function identicon(login: string): string {
  let h = 0; for (const c of login) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const col = `hsl(${h % 360},55%,55%)`; let r = '';
  for (let i = 0; i < 15; i++) if ((h >> i) & 1) { const x = Math.floor(i / 5), yy = i % 5; r += `<rect x="${x}" y="${yy}" width="1" height="1"/>`; if (x < 2) r += `<rect x="${4 - x}" y="${yy}" width="1" height="1"/>`; }
  return `<svg viewBox="0 0 5 5" fill="${col}" shape-rendering="crispEdges">${r}</svg>`;
}

/** GitHub profile page printed from the browser: left profile column, right pinned README with experience. */
export function githubProfile(p: Person): string {
  const login = p.extra.github;
  const d = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Present'} · ${dur(months(j))}`;
  const cells = Array.from({ length: 7 * 40 }, (_, i) => `<i style="background:${['#ebedf0', '#9be9a8', '#40c463', '#30a14e'][(i * 7 + i % 5) % 4]}"></i>`).join('');
  return page(`<div class="ph"><span>${esc(login)} (${esc(p.name)}) · GitHub</span><span>https://github.com/${esc(login)}</span></div>
  <div class="tabs"><b>Overview</b> <span>Repositories 38</span> <span>Projects</span> <span>Packages</span> <span>Stars 412</span></div>
  <div class="wrap"><aside><div class="av">${identicon(login)}</div><h1>${esc(p.name)}</h1><div class="lg">${esc(login)} · ${esc(p.alias ?? '')}</div>
  <p>${esc(p.headline)} · ${esc(p.work[p.work.length - 1].company)}</p><div class="btn">Follow</div><p class="sm">1.2k followers · 87 following</p>
  <p class="sm">@${esc(p.work[p.work.length - 1].company.replace(/\s/g, '').toLowerCase())}<br>⌂ ${esc(p.address)}<br>✉ ${esc(p.email)}<br>↗ ${esc(login)}.github.io</p>
  <h3>Achievements</h3><p class="sm">Pull Shark x3 · YOLO · Quickdraw</p><h3>Organizations</h3><p class="sm">▣ ▣ ▣</p></aside>
  <main><div class="readme"><div class="rh">${esc(login)} / README.md</div><h2>Hi there, I'm ${esc(p.alias?.split(' ')[0] ?? '')} (${esc(p.name)})</h2><p>${esc(p.summary)}</p>
  <h3>Experience</h3><ul>${rev(p).map((j) => `<li><b>${esc(j.title)}</b> @ ${esc(j.company)} <span class="sm">(${d(j)})</span></li>`).join('')}</ul>
  <h3>Tech stack</h3><p>${skills(p).map((s) => `<span class="badge">${esc(s)}</span>`).join(' ')}</p>
  <h3>Education</h3>${p.edu.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)} (${y(e.start)}–${y(e.end)})</p>`).join('')}
  <h3>Reach me</h3><p>${esc(p.email)} · ☎ ${esc(p.phoneShown)} (WeChat same number)</p></div>
  <h3 class="pin">Pinned</h3><div class="pins"><div>▣ infer-bench<br><span class="sm">Python ★ 311</span></div><div>▣ sql-notebooks<br><span class="sm">Jupyter ★ 96</span></div></div>
  <h3 class="pin">1,482 contributions in the last year</h3><div class="cal">${cells}</div></main></div>`,
  `.ph{display:flex;justify-content:space-between;font-size:7.5pt;color:#666}.tabs{border-bottom:1px solid #d0d7de;padding:2mm 0;margin-bottom:4mm;font-size:9pt}.tabs span{margin-left:5mm;color:#555}.tabs b{border-bottom:2px solid #fd8c73}
  .wrap{display:flex;gap:6mm}aside{width:55mm}.av{width:50mm;height:50mm;border-radius:50%;background:#f0f0f0;border:1px solid #d0d7de;overflow:hidden;display:flex;align-items:center;justify-content:center}.av svg{width:34mm;height:34mm}
  h1{font-size:17pt;margin-top:3mm}.lg{color:#57606a;font-size:11pt}.btn{border:1px solid #d0d7de;border-radius:5px;text-align:center;padding:1mm;margin:2mm 0;background:#f6f8fa}
  .sm{font-size:8pt;color:#57606a}aside h3{font-size:9pt;border-top:1px solid #d0d7de;padding-top:2mm;margin-top:3mm}main{flex:1}
  .readme{border:1px solid #d0d7de;border-radius:6px;padding:4mm}.rh{font-size:8pt;color:#57606a;margin-bottom:2mm}.readme h2{font-size:14pt;border-bottom:1px solid #d8dee4}.readme h3{font-size:10.5pt;margin:3mm 0 1mm}
  .badge{display:inline-block;background:#0d1117;color:#fff;font-size:7.5pt;padding:1px 5px;border-radius:3px;margin:1px}.pin{font-size:10pt;margin:4mm 0 2mm}.pins{display:grid;grid-template-columns:1fr 1fr;gap:3mm}.pins div{border:1px solid #d0d7de;border-radius:6px;padding:2mm;font-size:9pt}
  .cal{display:grid;grid-template-rows:repeat(7,2.2mm);grid-auto-flow:column;gap:.6mm}.cal i{display:block;width:2.2mm;height:2.2mm;border-radius:.4mm}`, 'zh');
}

/** VDAB (Flemish public employment service) "Mijn loopbaan" CV print, English interface: every block a ruled table. */
export function vdab(p: Person): string {
  const per = (j: Job) => [`${mm(j.start)}/${y(j.start)}`, j.end ? `${mm(j.end)}/${y(j.end)}` : '—'];
  return page(`<div class="hd"><b>vdab</b> <span>My career · CV</span><span class="r">Printed on 28/11/2026</span></div>
  <h1>${esc(p.name)}</h1><table><tr><th colspan="2">Personal details</th></tr><tr><td>Date of birth</td><td>${esc(p.extra.born)}</td></tr>
  <tr><td>Address</td><td>${esc(p.address)}</td></tr><tr><td>Mobile phone</td><td>${esc(p.phoneShown)}</td></tr><tr><td>Phone</td><td>${esc(p.otherPhone ?? '')}</td></tr>
  <tr><td>E-mail</td><td>${esc(p.email)}</td></tr><tr><td>Driving licence</td><td>B</td></tr></table>
  <table class="w"><tr><th colspan="5">Work experience</th></tr><tr class="sub"><td>From</td><td>To</td><td>Job title</td><td>Employer</td><td>Type</td></tr>
  ${rev(p).map((j) => { const [a, b] = per(j); return `<tr><td>${a}</td><td>${b}</td><td>${esc(j.title)}</td><td>${esc(j.company)}</td><td>${j.title.includes('Intern') ? 'Internship' : 'Permanent contract'}</td></tr>`; }).join('')}</table>
  <table class="w"><tr><th colspan="3">Education</th></tr>${p.edu.map((e) => `<tr><td>${y(e.start)} – ${y(e.end)}</td><td>${esc(e.degree)}</td><td>${esc(e.school)} — diploma obtained: yes</td></tr>`).join('')}</table>
  <table class="w"><tr><th colspan="2">Competences</th></tr><tr class="sub"><td>Competence</td><td>Level</td></tr>${skills(p).map((s, i) => `<tr><td>${esc(s)}</td><td>${['expert', 'advanced', 'advanced', 'expert', 'advanced', 'intermediate', 'intermediate'][i] ?? 'advanced'}</td></tr>`).join('')}</table>
  <table class="w"><tr><th colspan="4">Languages</th></tr><tr class="sub"><td>Language</td><td>Listening</td><td>Speaking</td><td>Writing</td></tr>
  <tr><td>Dutch</td><td>mother tongue</td><td>mother tongue</td><td>mother tongue</td></tr><tr><td>French</td><td>very good</td><td>very good</td><td>good</td></tr><tr><td>English</td><td>very good</td><td>very good</td><td>very good</td></tr><tr><td>German</td><td>good</td><td>reasonable</td><td>reasonable</td></tr></table>
  <table class="w"><tr><th>Certificates</th></tr><tr><td>${p.certs.map(esc).join('; ')}</td></tr></table><div class="ft">vdab.be · Mijn loopbaan · CV</div>`,
  `.hd{border-bottom:3px solid #e30613;padding-bottom:2mm;font-size:9pt}.hd b{color:#e30613;font-size:16pt;margin-right:4mm}.r{float:right;color:#777}h1{font-size:17pt;margin:4mm 0}
  table{width:100%;border-collapse:collapse;margin-bottom:3mm;font-size:8.5pt}th{background:#3c3c3c;color:#fff;text-align:left;padding:1mm 2mm}td{border:1px solid #ccc;padding:.6mm 2mm;vertical-align:top}
  table:first-of-type td:first-child{width:40mm;background:#f3f3f3}.sub td{background:#eee;font-weight:bold}.ft{font-size:8pt;color:#777;text-align:right}`);
}

/** Philippine Civil Service Commission Personal Data Sheet (CS Form No. 212) — personal information, education, work-experience grid. */
export function phPds(p: Person): string {
  const md = (s: string, end = false) => `${mm(s)}/${end ? lastDay(s) : '01'}/${y(s)}`;
  const [first] = p.name.split(' ');
  const sur = p.name.slice(first.length + 1);
  const sal: Record<string, string> = { 'St. Agatha Medical Center': '₱ 14,500', 'San Roque District Hospital': '₱ 27,000', 'Dar Al Shifa Polyclinic': 'KWD 420', 'Mercy Valley Medical Center': '₱ 38,000' };
  return page(`<div class="f">CS Form No. 212<br>Revised 2017</div><h1>PERSONAL DATA SHEET</h1>
  <p class="w">WARNING: Any misrepresentation made in the Personal Data Sheet and the Work Experience Sheet shall cause the filing of administrative/criminal case/s against the person concerned.</p>
  <table><tr><th colspan="6">I. PERSONAL INFORMATION</th></tr>
  <tr><td class="l">1. SURNAME</td><td colspan="5">${esc(sur.toUpperCase())}</td></tr><tr><td class="l">2. FIRST NAME</td><td colspan="3">${esc(first.toUpperCase())}</td><td class="l">NAME EXTENSION (JR., SR)</td><td>N/A</td></tr>
  <tr><td class="l">MIDDLE NAME</td><td colspan="5">SANTOS</td></tr>
  <tr><td class="l">3. DATE OF BIRTH (mm/dd/yyyy)</td><td>${esc(p.extra.born)}</td><td class="l">16. CITIZENSHIP</td><td colspan="3">Filipino (by birth)</td></tr>
  <tr><td class="l">5. SEX</td><td>Female</td><td class="l">6. CIVIL STATUS</td><td>${esc(p.extra.civil)}</td><td class="l">7. HEIGHT (m)</td><td>1.57</td></tr>
  <tr><td class="l">17. RESIDENTIAL ADDRESS</td><td colspan="5">${esc(p.address)}</td></tr>
  <tr><td class="l">19. TELEPHONE NO.</td><td>${esc(p.otherPhone!.replace(' (landline)', ''))}</td><td class="l">20. MOBILE NO.</td><td>${esc(p.phoneShown)}</td><td class="l">21. E-MAIL ADDRESS (if any)</td><td>${esc(p.email)}</td></tr></table>
  <table><tr><th colspan="6">III. EDUCATIONAL BACKGROUND</th></tr><tr class="h"><td>26. LEVEL</td><td>NAME OF SCHOOL (Write in full)</td><td>BASIC EDUCATION/DEGREE/COURSE</td><td>PERIOD OF ATTENDANCE From – To</td><td>YEAR GRADUATED</td><td>SCHOLARSHIP/ACADEMIC HONORS RECEIVED</td></tr>
  ${p.edu.map((e) => `<tr><td>COLLEGE</td><td>${esc(e.school.toUpperCase())}</td><td>${esc(e.degree.toUpperCase())}</td><td>${y(e.start)} – ${y(e.end)}</td><td>${y(e.end)}</td><td>Cum Laude</td></tr>`).join('')}</table>
  <table><tr><th colspan="5">IV. CIVIL SERVICE ELIGIBILITY</th></tr><tr class="h"><td>27. CAREER SERVICE/ RA 1080 (BOARD/ BAR)</td><td>RATING</td><td>DATE OF EXAMINATION</td><td>PLACE OF EXAMINATION</td><td>LICENSE NUMBER / VALIDITY</td></tr>
  <tr><td>REGISTERED NURSE (RA 9173)</td><td>81.40</td><td>07/02/2011</td><td>MANILA</td><td>0748215 / 09/23/2027</td></tr></table>
  <table><tr><th colspan="8">V. WORK EXPERIENCE <span>(Include private employment. Start from your recent work)</span></th></tr>
  <tr class="h"><td colspan="2">28. INCLUSIVE DATES (mm/dd/yyyy)<br>From ｜ To</td><td>POSITION TITLE (Write in full/Do not abbreviate)</td><td>DEPARTMENT / AGENCY / OFFICE / COMPANY</td><td>MONTHLY SALARY</td><td>SALARY/ JOB/ PAY GRADE &amp; STEP</td><td>STATUS OF APPOINTMENT</td><td>GOV'T SERVICE (Y/N)</td></tr>
  ${rev(p).map((j) => `<tr><td>${md(j.start)}</td><td>${j.end ? md(j.end, true) : 'PRESENT'}</td><td>${esc(j.title.toUpperCase())}</td><td>${esc(j.company.toUpperCase())}</td><td>${sal[j.company]}</td><td>${j.company.includes('District') ? '15-1' : 'N/A'}</td><td>${j.company.includes('District') ? 'PERMANENT' : 'CONTRACTUAL'}</td><td>${j.company.includes('District') ? 'Y' : 'N'}</td></tr>`).join('')}</table>
  <table><tr><th colspan="3">VIII. OTHER INFORMATION</th></tr><tr class="h"><td>31. SPECIAL SKILLS and HOBBIES</td><td>32. NON-ACADEMIC DISTINCTIONS / RECOGNITION</td><td>33. MEMBERSHIP IN ASSOCIATION/ORGANIZATION</td></tr>
  <tr><td>${skills(p).map(esc).join('<br>')}</td><td>Best Nurse of the Year 2020 (Dar Al Shifa)</td><td>Philippine Nurses Association</td></tr></table>
  <table class="sig"><tr><td>SIGNATURE (wet signature/e-signature) over printed name<br><b>${esc(p.name.toUpperCase())}</b></td><td>DATE<br>11/26/2026</td><td>Right thumbmark<br><br></td></tr></table>`,
  `body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:7.5pt}.f{font-size:7pt;font-style:italic}h1{text-align:center;font-size:15pt;letter-spacing:1px}.w{font-size:6.5pt;font-weight:bold;margin:1mm 0 2mm}
  table{width:100%;border-collapse:collapse;margin-bottom:2mm}td,th{border:1px solid #000;padding:.8mm 1.2mm;vertical-align:top}th{background:#8c8c8c;color:#fff;text-align:left;font-style:italic}th span{font-weight:normal;font-size:6.5pt}
  .l{background:#eaeaea;width:32mm;font-size:6.5pt}.h td{background:#eaeaea;font-size:6.3pt;text-align:center}.sig td{height:13mm;width:33%}`);
}

/** Gulf ministry (Oman-style) expatriate-nurse employment application with Arabic/English labels, printed from the e-services portal. */
export function omanForm(p: Person): string {
  const dmy = (s: string, end = false) => `${String(end ? lastDay(s) : 1).padStart(2, '0')}-${mm(s)}-${y(s)}`;
  const L = (ar: string, en: string) => `<span class="ar" dir="rtl">${ar}</span><br>${en}`;
  return page(`<div class="hd"><div>Sultanate of Oman<br>Ministry of Health<br>Directorate General of Human Resources</div><div class="ar big" dir="rtl">سلطنة عمان<br>وزارة الصحة</div></div>
  <h1>${L('طلب توظيف – الكوادر التمريضية غير العمانية', 'Application for Employment – Non-Omani Nursing Staff')}</h1>
  <p class="ref">Application No. MOH/NUR/2026/11842 · Submitted 26-11-2026 · Recruitment agent: Luzon Manpower Services Inc., tel. +63 2 8524 7719</p>
  <table><tr><td class="l">${L('الاسم الكامل', 'Full name')}</td><td colspan="3"><b>${esc(p.name)}</b></td></tr>
  <tr><td class="l">${L('الجنسية', 'Nationality')}</td><td>Filipino</td><td class="l">${L('تاريخ الميلاد', 'Date of birth')}</td><td>23-09-1989</td></tr>
  <tr><td class="l">${L('رقم جواز السفر', 'Passport No.')}</td><td>P4821937B</td><td class="l">${L('الحالة الاجتماعية', 'Marital status')}</td><td>${esc(p.extra.civil)}</td></tr>
  <tr><td class="l">${L('الهاتف النقال', 'Mobile')}</td><td>+63 917 548 2236</td><td class="l">${L('البريد الإلكتروني', 'E-mail')}</td><td>${esc(p.email)}</td></tr>
  <tr><td class="l">${L('العنوان', 'Home address')}</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><td class="l">${L('الوظيفة المطلوبة', 'Post applied for')}</td><td colspan="3">Staff Nurse (Medical Ward)</td></tr></table>
  <h2>${L('المؤهلات العلمية', 'Qualifications')}</h2><table><tr class="h"><td>${L('المؤهل', 'Qualification')}</td><td>${L('الجامعة / الكلية', 'University / College')}</td><td>${L('سنة التخرج', 'Year')}</td></tr>
  ${p.edu.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${y(e.end)}</td></tr>`).join('')}<tr><td>Licence</td><td colspan="2">${p.certs.map(esc).join('; ')}</td></tr></table>
  <h2>${L('الخبرات العملية', 'Work experience')}</h2><table><tr class="h"><td>${L('من', 'From')}</td><td>${L('إلى', 'To')}</td><td>${L('جهة العمل', 'Employer')}</td><td>${L('المسمى الوظيفي', 'Job title')}</td><td>${L('الدولة', 'Country')}</td><td>${L('سبب ترك العمل', 'Reason for leaving')}</td></tr>
  ${p.work.map((j) => `<tr><td>${dmy(j.start)}</td><td>${j.end ? dmy(j.end, true) : 'Till now / حتى الآن'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.town.includes('Kuwait') ? 'Kuwait' : 'Philippines'}</td><td>${j.end ? (j.town.includes('Kuwait') ? 'End of contract' : 'Better opportunity') : '—'}</td></tr>`).join('')}
  <tr><td>01-01-2022</td><td>30-06-2022</td><td colspan="4"><i>Not employed – family reasons / لم تعمل</i></td></tr></table>
  <h2>${L('المهارات السريرية', 'Clinical skills')}</h2><p>${skills(p).map(esc).join(' • ')}</p>
  <h2>${L('اللغات', 'Languages')}</h2><p>${p.languages.map(esc).join(' • ')}</p>
  <p class="dec">${L('أقر بأن جميع البيانات المذكورة أعلاه صحيحة', 'I declare that all the above information is true and correct.')} — ${esc(p.name)}</p>`,
  `body{font-size:8.5pt}.hd{display:flex;justify-content:space-between;border-bottom:2px solid #7a1f1f;padding-bottom:2mm}.ar{font-family:'DejaVu Sans',sans-serif}.big{font-size:12pt;text-align:right}
  h1{font-size:11.5pt;text-align:center;margin:3mm 0 1mm}.ref{font-size:7.5pt;color:#555;text-align:center;margin-bottom:2mm}h2{font-size:9.5pt;margin:3mm 0 1mm;color:#7a1f1f}
  table{width:100%;border-collapse:collapse}td{border:1px solid #999;padding:1mm 1.5mm;vertical-align:top}.l{background:#f2ebe3;width:30mm;font-size:7.5pt}.h td{background:#7a1f1f;color:#fff;font-size:7.5pt}.dec{margin-top:3mm;font-size:8pt}`);
}

/** 辅警招聘报名登记表 (public-security auxiliary police recruitment form), one ruled grid with a 学习工作简历 block from 中专 on. */
export function fujing(p: Person): string {
  const d = (s: string) => `${y(s)}年${m(s)}月`;
  const rows = [
    ...p.edu.map((e) => [`${d(e.start)}-${d(e.end)}`, e.school, '学生']),
    ['2012年12月-2014年12月', '服现役（退役士兵，详见退役证）', '战士'],
    ...p.work.map((j) => [`${d(j.start)}-${j.end ? d(j.end) : '至今'}`, j.company, j.title]),
  ];
  rows.splice(rows.length - 1, 0, ['2023年6月-2023年10月', '待业', '—']);
  return page(`<p class="fj">附件2</p><h1>惠州市公安局惠阳分局2026年公开招聘警务辅助人员<br>报名登记表</h1><p class="bm">报考岗位：巡逻防控辅警　　　报名序号：HY2026-0318</p>
  <table><colgroup><col style="width:14%"><col style="width:19%"><col style="width:14%"><col style="width:19%"><col style="width:14%"><col style="width:20%"></colgroup>
  <tr><td class="l">姓　名</td><td>${esc(p.name)}</td><td class="l">性　别</td><td>${esc(p.extra.gender)}</td><td class="l">出生年月</td><td>${esc(p.extra.born)}</td></tr>
  <tr><td class="l">民　族</td><td>汉族</td><td class="l">政治面貌</td><td>${esc(p.extra.politics)}</td><td class="l">身　高</td><td>${esc(p.extra.height)}</td></tr>
  <tr><td class="l">学　历</td><td>中专</td><td class="l">视　力</td><td>左5.0 右4.9</td><td class="l">是否退役军人</td><td>是</td></tr>
  <tr><td class="l">身份证号码</td><td colspan="3">44138119930812****</td><td class="l">婚姻状况</td><td>已婚</td></tr>
  <tr><td class="l">户籍所在地</td><td colspan="5">广东省惠州市惠阳区</td></tr><tr><td class="l">现住址</td><td colspan="5">${esc(p.address)}</td></tr>
  <tr><td class="l">联系电话</td><td colspan="2">${esc(p.phoneShown)}</td><td class="l">电子邮箱</td><td colspan="2">${esc(p.email)}</td></tr>
  <tr><td class="l">紧急联系人及电话</td><td colspan="5">${esc(p.otherPhone!.replace('紧急联系人 ', ''))}</td></tr>
  <tr><td class="l" rowspan="${rows.length + 1}">学习<br>工作<br>简历<br><small>（从中专起填写）</small></td><td class="h" colspan="2">起止年月</td><td class="h" colspan="2">学校或工作单位</td><td class="h">职务</td></tr>
  ${rows.map((r) => `<tr><td colspan="2">${r[0]}</td><td colspan="2">${esc(r[1])}</td><td>${esc(r[2])}</td></tr>`).join('')}
  <tr><td class="l">特　长</td><td colspan="5">${skills(p).map(esc).join('、')}</td></tr>
  <tr><td class="l">持有证书</td><td colspan="5">${p.certs.map(esc).join('；')}</td></tr>
  <tr><td class="l">本人承诺</td><td colspan="5">本人所填写的信息真实准确，如有弄虚作假，自愿取消录用资格。<br>承诺人签名：${esc(p.name)}　　　2026年11月20日</td></tr>
  <tr><td class="l">资格审查意见</td><td colspan="5" style="height:14mm">审查人：　　　　　　　　年　月　日</td></tr></table>`,
  `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.5pt}.fj{font-size:9pt}h1{text-align:center;font-size:14pt;line-height:1.5;margin:2mm 0}.bm{font-size:9pt;margin-bottom:2mm}
  table{width:100%;border-collapse:collapse;table-layout:fixed}td{border:1px solid #000;padding:1.5mm;text-align:center;vertical-align:middle}.l{font-weight:bold;background:#f4f4f4}.h{font-weight:bold}`, 'zh');
}
