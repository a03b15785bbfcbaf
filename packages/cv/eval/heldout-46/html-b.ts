/** Chromium templates, part B: tables from portals / forms / no-code databases, and single-column pages. */
import type { Person } from './people.ts';
import { esc, f, period, parts, rev, asc, skills, icon, ddmmyyyy, Y, M, EN_FULL, groupByEmployer, type DateStyle } from './lib.ts';
import { page } from './html-a.ts';

const ZHFONT = `"Microsoft YaHei","PingFang SC","WenQuanYi Zen Hei","Droid Sans Fallback",sans-serif`;
const li = (xs: string[]) => xs.map((x) => `<li>${esc(x)}</li>`).join('');

/* ------------------------------------------------------------------------------------------------------------ */
/** gulp: German IT-freelancer portal profile ("Projekthistorie" table, "Apr. 2024 – heute"). */
export function gulp(p: Person): string {
  const st: DateStyle = { ym: f.de, present: 'heute' };
  const branche: Record<string, string> = { 'Ostwind Energiehandel GmbH': 'Energiehandel', 'Tessel Mobility GmbH': 'Automotive / Mobilität', 'Rheinbogen Versicherung AG': 'Versicherungen', 'Nordhafen Logistik GmbH': 'Logistik', 'Verity Payments': 'Zahlungsverkehr', 'Calderwood Insurance': 'Versicherungen' };
  const techs: Record<string, string> = { 'Ostwind Energiehandel GmbH': 'Kafka, Spark Structured Streaming, Snowflake, dbt, Terraform (Azure)', 'Tessel Mobility GmbH': 'Kafka, Spark, Delta Lake, Terraform (AWS)', 'Rheinbogen Versicherung AG': 'Snowflake, dbt, Airflow, Python', 'Nordhafen Logistik GmbH': 'AWS Glue, Spark, Python', 'Verity Payments': 'Kafka, Airflow, Python, PostgreSQL', 'Calderwood Insurance': 'SQL, SAS, Spark, Hadoop' };
  const rows = rev(p.work).map((j) => {
    const fest = j.kind !== 'contract';
    return `<tr><td class="z">${esc(period(j, st))}${fest ? '<div class="fa">Festanstellung</div>' : '<div class="pj">Projekt</div>'}</td>
    <td><b>${esc(j.title)}</b><div class="k">${fest ? 'Arbeitgeber' : 'Kunde'}: ${esc(j.company)}</div><div class="k">Branche: ${esc(branche[j.company] ?? '')} · Einsatzort: ${esc(j.town ?? '')}</div></td>
    <td><ul>${li(j.duties)}</ul><div class="tech">${esc(techs[j.company] ?? '')}</div></td></tr>`;
  }).join('');
  const lvl = ['Experte', 'Experte', 'Experte', 'Experte', 'Fortgeschritten', 'Experte', 'Fortgeschritten', 'Experte'];
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:8.6pt;color:#1f2937}
  .bar{display:flex;justify-content:space-between;align-items:center;background:#123b63;color:#fff;padding:2.5mm 4mm}.bar b{font-size:13pt}.bar span{font-size:8pt;opacity:.85}
  .hd{display:grid;grid-template-columns:1fr 64mm;gap:6mm;margin:5mm 0}
  h1{font-size:18pt;margin:0}.role{font-size:11pt;color:#123b63;margin:1mm 0 3mm}
  .facts{display:grid;grid-template-columns:30mm 1fr;row-gap:1mm}.facts span{color:#6b7280}
  .box{border:1px solid #cbd5e1;background:#f8fafc;padding:3mm}.box div{margin:1mm 0;word-break:break-all}.box small{color:#6b7280;display:block}
  h2{font-size:10.5pt;color:#123b63;margin:5mm 0 2mm;border-bottom:2px solid #123b63;padding-bottom:.8mm}
  .sk{display:grid;grid-template-columns:repeat(4,1fr);gap:1.5mm}.sk div{border:1px solid #cbd5e1;padding:1mm 2mm}.sk small{display:block;color:#6b7280;font-size:7.4pt}
  table{width:100%;border-collapse:collapse}th{background:#e2e8f0;text-align:left;font-size:8pt;padding:1.5mm 2mm;border:1px solid #cbd5e1}
  td{vertical-align:top;border:1px solid #cbd5e1;padding:1.2mm 2mm}td.z{width:31mm;font-weight:bold;white-space:nowrap}
  .fa,.pj{display:inline-block;margin-top:1mm;font-size:7pt;font-weight:normal;border-radius:2px;padding:0 1.4mm}.fa{background:#fde68a}.pj{background:#bfdbfe}
  .k{color:#4b5563;font-size:8.2pt}td ul{margin:0;padding-left:4mm}.tech{color:#123b63;font-size:8pt;margin-top:1mm}
  .ft{margin-top:4mm;font-size:7.4pt;color:#6b7280;text-align:center}`;
  return page('de', css, `<div class="bar"><b>ProjektPool.de</b><span>Freiberufler-Profil · Profil-ID FL-20486 · Stand: 16.11.2026</span></div>
  <div class="hd"><div><h1>${esc(p.name)}</h1><div class="role">Freiberuflicher Data Architect · Data Engineering</div>
   <div class="facts"><span>Verfügbarkeit</span><b>ab 01.04.2027 zu 100 %</b><span>Einsatzort</span><div>Frankfurt am Main, Rhein-Main, remote</div>
   <span>Stundensatz</span><div>auf Anfrage</div><span>Selbstständig seit</span><div>März 2019</div><span>Sprachen</span><div>Englisch (Muttersprache), Deutsch (verhandlungssicher, C1)</div></div></div>
   <div class="box"><b>Kontakt</b><div><small>E-Mail</small>${esc(p.email)}</div><div><small>Mobil</small>${esc(p.phoneDisplay)}</div><div><small>Anschrift</small>${esc(p.address)}</div></div></div>
  <h2>Skills</h2><div class="sk">${skills(p).map((s, i) => `<div>${esc(s)}<small>${lvl[i]}</small></div>`).join('')}</div>
  <h2>Projekthistorie</h2><table><tr><th>Zeitraum</th><th>Rolle / Kunde</th><th>Aufgaben &amp; Technologien</th></tr>${rows}</table>
  <h2>Ausbildung &amp; Zertifikate</h2><p style="margin:0">${p.education.map((e) => `${esc(e.degree)}, ${esc(e.school)}, ${esc(e.town ?? '')} (${Y(e.from)}–${Y(e.to)})`).join('<br>')}<br>${p.certificates.map(esc).join(' · ')}</p>
  <div class="ft">Alle Angaben stammen vom Freiberufler. ProjektPool.de übernimmt keine Gewähr. Seite 1</div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** cl-postulacion: bilingual (Spanish/English) online application of a Chilean mining company, printed; dd/mm/yyyy. */
export function clPostulacion(p: Person): string {
  type R = { start: string; end: string | null; cells: string[]; gap?: boolean };
  const rows: R[] = p.work.map((j) => ({ start: j.start, end: j.end, cells: [esc(j.company), esc(j.title), j.startDay ? ddmmyyyy(j.startDay) : f.mmyyyy(j.start), j.endDay ? ddmmyyyy(j.endDay) : 'Actualidad / Current', esc(j.reason ?? '—')] }));
  for (const g of p.gaps) rows.push({ start: g.start, end: g.end, gap: true, cells: ['<i>Sin empleo / Not employed</i>', `<i>${esc(g.note)}</i>`, f.mmyyyy(g.start), f.mmyyyy(g.end), '—'] });
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:8.6pt;color:#222}
  .hd{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #a3541c;padding-bottom:2mm}.hd b{font-size:13pt;color:#a3541c}.hd div{font-size:8pt;text-align:right;color:#555}
  .ref{background:#f6efe9;padding:2mm 3mm;margin:3mm 0;font-size:8.4pt}
  h2{font-size:9.5pt;background:#a3541c;color:#fff;margin:4mm 0 0;padding:1mm 2mm}
  table{width:100%;border-collapse:collapse}td,th{border:1px solid #c9b8aa;padding:1.3mm 1.8mm;vertical-align:top;text-align:left}
  th{background:#f6efe9;font-size:7.8pt;font-weight:bold}td.l{background:#fbf8f5;width:42mm;color:#555;font-size:7.8pt}
  tr.gap td{background:#fafafa;color:#666}
  .ck{margin-top:4mm;font-size:8pt}.ft{margin-top:4mm;display:flex;justify-content:space-between;font-size:7.2pt;color:#888;border-top:1px solid #ddd;padding-top:1mm}`;
  const kv = (a: string, b: string, c?: string, d?: string) => `<tr><td class="l">${a}</td><td>${b}</td>${c ? `<td class="l">${c}</td><td>${d}</td>` : '<td colspan="2"></td>'}</tr>`;
  const exp = rev(rows).map((r) => `<tr class="${r.gap ? 'gap' : ''}">${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return page('es-CL', css, `<div class="hd"><b>MINERA ALTIPLANO NORTE S.A.</b><div>Portal de Postulaciones / Careers portal<br>Comprobante de postulación / Application receipt</div></div>
  <div class="ref">Postulación N.º <b>2026-11482</b> · Cargo / Position: <b>Superintendente de Geología Senior / Senior Geology Superintendent</b> · Faena / Site: Cerro Pajonal, Región de Antofagasta · Sistema de turno / Roster: 7x7</div>
  <h2>1. Datos personales / Personal details</h2><table>
  ${kv('Nombre completo / Full name', `<b>${esc(p.name)}</b>`, 'RUT (extranjero)', p.extra!.rut)}
  ${kv('Nacionalidad / Nationality', 'Neozelandesa / New Zealander', 'Fecha de nacimiento / DOB', ddmmyyyy(p.birth))}
  ${kv('Celular / Mobile', esc(p.phoneDisplay), 'Correo / E-mail', esc(p.email))}
  ${kv('Dirección / Address', esc(p.address), 'Licencia de conducir', 'Clase B')}</table>
  <h2>2. Formación académica / Education</h2><table><tr><th>Institución / Institution</th><th>Título / Degree</th><th>Desde / From</th><th>Hasta / To</th></tr>
  ${rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<tr><td>${esc(e.school)}, ${esc(e.town ?? '')}, Nueva Zelanda</td><td>${esc(e.degree)}</td><td>${f.mmyyyy(e.from)}</td><td>${f.mmyyyy(e.to)}</td></tr>`).join('')}</table>
  <h2>3. Experiencia laboral / Work experience (incluya períodos sin empleo / include periods not employed)</h2>
  <table><tr><th>Empleador / Employer</th><th>Cargo / Position</th><th style="width:21mm">Desde / From</th><th style="width:24mm">Hasta / To</th><th>Motivo de salida / Reason for leaving</th></tr>${exp}</table>
  <h2>4. Habilidades / Skills</h2><table><tr><td>${skills(p).map(esc).join(' · ')}</td></tr></table>
  <h2>5. Idiomas / Languages</h2><table><tr><th>Idioma</th><th>Nivel / Level</th></tr><tr><td>Inglés / English</td><td>Nativo / Native</td></tr><tr><td>Español / Spanish</td><td>Avanzado (C1)</td></tr></table>
  <h2>6. Certificaciones / Certifications</h2><table><tr><td>${p.certificates.map(esc).join('<br>')}</td></tr></table>
  <div class="ck">☑ Declaro que la información entregada es verídica. / I declare that the information provided is true. — Enviado / Submitted: 17/11/2026 21:14</div>
  <div class="ft"><span>https://postulaciones.altiplanonorte.cl/candidato/postulacion/2026-11482/imprimir</span><span>1/1</span></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** base-record: expanded record of a no-code database used as a light ATS — Airtable (en) or 飞书多维表格 (zh). */
export function baseRecord(p: Person): string {
  const zh = p.language === 'zh';
  const st: DateStyle = zh ? { ym: f.slash, present: '' } : { ym: f.en, present: '' };
  const typeEn: Record<string, string> = { job: 'Employed', 'part-time': 'Part-time', volunteer: 'Volunteer', internship: 'Internship' };
  const typeZh: Record<string, string> = { job: '全职', 'part-time': '兼职', volunteer: '志愿', internship: '实习' };
  const roles = rev(p.work).map((j) => { const pr = parts(j, st); return `<tr><td>${esc(zh ? j.company : j.title)}</td><td>${esc(zh ? j.title : j.company)}</td><td class="d">${esc(pr.start)}</td><td class="d">${esc(pr.end)}</td><td class="k"><span class="ch c${j.kind.length % 4}">${(zh ? typeZh : typeEn)[j.kind]}</span></td></tr>`; }).join('');
  const css = `body{font-family:${zh ? ZHFONT : '"Liberation Sans",Arial,sans-serif'};font-size:8.8pt;color:#1d1f25}
  .crumb{color:#616670;font-size:8pt;margin-bottom:3mm}.crumb b{color:#1d1f25}
  .card{border:1px solid #d5d8de;border-radius:2.5mm;padding:5mm 6mm}
  h1{font-size:16pt;margin:0 0 4mm}
  .f{margin-bottom:3.2mm}.f .n{font-size:7.8pt;color:#616670;margin-bottom:.8mm;display:flex;gap:1.5mm;align-items:center}.f .n i{font-style:normal;border:1px solid #b8bcc4;border-radius:2px;font-size:6.5pt;padding:0 .8mm}
  .f .v{overflow-wrap:anywhere}td{overflow-wrap:normal}td.d,td.k{white-space:nowrap}
  .two{display:grid;grid-template-columns:1fr 1fr;gap:0 8mm}
  .ch{display:inline-block;border-radius:9px;padding:.3mm 2.2mm;margin:0 1mm 1mm 0;font-size:8pt}
  .c0{background:#d0f0fd}.c1{background:#d1f7c4}.c2{background:#ffeab6}.c3{background:#ede2fe}
  table{width:100%;border-collapse:collapse;border:1px solid #d5d8de}th{background:#f4f5f7;font-weight:normal;color:#616670;text-align:left;font-size:7.8pt}
  th,td{border-bottom:1px solid #e5e7eb;border-right:1px solid #eceef1;padding:1.2mm 1.8mm;vertical-align:top}
  .lt{white-space:pre-line;background:#fafbfc;border:1px solid #eceef1;border-radius:1.5mm;padding:2mm}
  .meta{margin-top:4mm;color:#8a8f98;font-size:7.6pt}`;
  const F = (n: string, ico: string, v: string) => `<div class="f"><div class="n"><i>${ico}</i>${n}</div><div class="v">${v}</div></div>`;
  if (!zh) {
    return page('en-GB', css, `<div class="crumb">Clinic Recruitment 2026 › <b>Candidates</b> › Expanded record</div><div class="card"><h1>${esc(p.name)}</h1>
    <div class="two">${F('Email', '@', esc(p.email))}${F('Mobile', '☏', esc(p.phoneDisplay))}
    ${F('Applied for', '▾', '<span class="ch c2">Highly Specialist SLT – Fluency (Band 7)</span>')}${F('Stage', '▾', '<span class="ch c1">Interview booked</span>')}
    ${F('Source', '▾', '<span class="ch c0">Referral</span>')}${F('HCPC number', 'A', 'SL041872')}</div>
    ${F('Skills', '☰', skills(p).map((s, i) => `<span class="ch c${i % 4}">${esc(s)}</span>`).join(''))}
    ${F('Roles (linked records)', '⇄', `<table><tr><th>Role</th><th>Organisation</th><th>Start</th><th>End</th><th>Type</th></tr>${roles}</table>`)}
    ${F('Education', '¶', `<div class="lt">${p.education.map((e) => `${esc(e.degree)} — ${esc(e.school)} (${Y(e.from)}–${Y(e.to)})`).join('\n')}</div>`)}
    <div class="two">${F('Languages', '☰', p.languages.map(esc).join(', '))}${F('Registrations', '¶', p.certificates.map(esc).join('<br>'))}</div>
    ${F('Notes', '¶', '<div class="lt">Phone screen 12/11 (Ruth Akande): strong on fluency, wants to keep Saturday private work. Current manager can be reached via Hartsbrook switchboard 020 3946 7000 ext. 4412 — only after offer.</div>')}
    <div class="meta">Created 11/11/2026 09:42 by Ruth Akande · Last modified 17/11/2026 16:05</div></div>`);
  }
  return page('zh-CN', css, `<div class="crumb">招聘管理 › 人才库 › <b>候选人</b> › 记录详情</div><div class="card"><h1>${esc(p.name)}</h1>
  <div class="two">${F('手机号', '☏', esc(p.phoneDisplay))}${F('邮箱', '@', esc(p.email))}
  ${F('应聘岗位', '◉', '<span class="ch c2">财务经理</span>')}${F('招聘阶段', '◉', '<span class="ch c1">一面通过</span>')}
  ${F('期望薪资', '#', '年薪 28–32 万')}${F('渠道', '◉', '<span class="ch c0">内部推荐</span>')}</div>
  ${F('专业技能', '☰', skills(p).map((s, i) => `<span class="ch c${i % 4}">${esc(s)}</span>`).join(''))}
  ${F('工作经历（关联记录）', '⇄', `<table><tr><th>公司</th><th>职位</th><th>开始时间</th><th>结束时间</th><th>类型</th></tr>${roles}</table>`)}
  ${F('教育经历', '¶', `<div class="lt">${p.education.map((e) => `${esc(e.school)}　${esc(e.degree)}　${f.slash(e.from)} – ${f.slash(e.to)}`).join('\n')}</div>`)}
  <div class="two">${F('证书', '☰', p.certificates.map(esc).join('<br>'))}${F('语言', '☰', p.languages.map(esc).join('、'))}</div>
  ${F('备注', '¶', '<div class="lt">推荐人：财务部 张伟（139 5712 8830）。结束时间为空表示目前在职。二面安排在 11 月 24 日。</div>')}
  <div class="meta">创建人 周婷 · 创建时间 2026/11/10 14:22 · 最后更新 2026/11/18 09:10</div></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** wjx: a 问卷星 answer sheet (答卷) of an online 报名表, downloaded as PDF; work history as a matrix fill-in question. */
export function wjx(p: Person): string {
  const w = rev(p.work);
  const slashRange = (s: string, e: string | null) => `${f.slash(s)}-${e ? f.slash(e) : ''}`;
  const css = `body{font-family:${ZHFONT};font-size:9.3pt;color:#333}
  .top{background:#1ea0fa;color:#fff;padding:3mm 5mm}.top b{font-size:13pt}.top div{font-size:8pt;margin-top:1mm}
  .meta{display:grid;grid-template-columns:1fr 1fr;gap:1mm 6mm;background:#f5f8fb;padding:3mm 5mm;font-size:8.3pt;color:#555;border-bottom:1px solid #e3e8ee}
  .q{padding:2.8mm 5mm;border-bottom:1px solid #eef1f4}.qt{font-weight:bold;margin-bottom:1.2mm}.qt i{color:#e33;font-style:normal}.qt small{color:#999;font-weight:normal}
  .ans{color:#1d5fa8}.opt{margin:.6mm 0;color:#666}.opt.on{color:#1d5fa8;font-weight:bold}
  table{border-collapse:collapse;width:100%}td,th{border:1px solid #dbe2ea;padding:1.2mm 2mm;text-align:left}th{background:#f5f8fb;font-weight:normal;color:#666}td{color:#1d5fa8}
  .sc{display:inline-block;margin-right:3mm}.ft{text-align:center;color:#aaa;font-size:7.6pt;margin-top:3mm}`;
  const opts = (xs: string[], on: string) => xs.map((x) => `<div class="opt ${x === on ? 'on' : ''}">${x === on ? '●' : '○'} ${x}</div>`).join('');
  const sk = skills(p);
  return page('zh-CN', css, `<div class="top"><b>深圳市澜启智能科技有限公司 2026年社会招聘报名表</b><div>问卷星 · 答卷详情（第 186 份）</div></div>
  <div class="meta"><span>答卷编号：186</span><span>提交答卷时间：2026/11/17 21:43:08</span><span>所用时间：486秒</span><span>来源渠道：微信</span><span>来源IP：113.88.**.**（广东-深圳）</span><span>总分：—</span></div>
  <div class="q"><div class="qt">1. 姓名 <i>*</i></div><div class="ans">${esc(p.name)}</div></div>
  <div class="q"><div class="qt">2. 性别 <i>*</i></div>${opts(['男', '女'], '男')}</div>
  <div class="q"><div class="qt">3. 手机号码 <i>*</i></div><div class="ans">${esc(p.phoneDisplay.replace(/ /g, ''))}</div></div>
  <div class="q"><div class="qt">4. 电子邮箱 <i>*</i></div><div class="ans">${esc(p.email)}</div></div>
  <div class="q"><div class="qt">5. 应聘岗位 <i>*</i></div>${opts(['硬件工程师', '硬件产品经理', '结构工程师', '供应链经理'], '硬件产品经理')}</div>
  <div class="q"><div class="qt">6. 最高学历及毕业院校、专业 <i>*</i></div><div class="ans">本科，${esc(p.education[0].school)}，电子信息工程（2009-2013）</div></div>
  <div class="q"><div class="qt">7. 工作经历（最近的写在最前面，时间格式如 2019/03-2021/05，目前在职只写开始时间）<i>*</i> <small>[矩阵填空题]</small></div>
   <table><tr><th style="width:16mm"></th><th style="width:36mm">起止时间</th><th>公司名称</th><th style="width:32mm">职位</th></tr>
   ${w.map((j, i) => `<tr><th>经历${i + 1}</th><td>${slashRange(j.start, j.end)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr>`).join('')}
   <tr><th>经历5</th><td>（空）</td><td>（空）</td><td>（空）</td></tr></table></div>
  <div class="q"><div class="qt">8. 专业技能（可多选）<small>[多选题]</small></div>${sk.slice(0, 5).map((s) => `<span class="sc ans">☑ ${esc(s)}</span>`).join('')}<div class="opt">☐ 嵌入式软件开发　☐ 结构设计</div><div class="opt on">☑ 其他：${sk.slice(5).map(esc).join('、')}</div></div>
  <div class="q"><div class="qt">9. 证书与语言</div><div class="ans">${[...p.certificates, ...p.languages].map(esc).join('；')}</div></div>
  <div class="q"><div class="qt">10. 期望月薪（税前）</div>${opts(['2万以下', '2-3万', '3-4万', '4万以上'], '3-4万')}</div>
  <div class="q"><div class="qt">11. 自我评价</div><div class="ans">${esc(p.summary)}</div></div>
  <div class="q"><div class="qt">12. 最快到岗时间</div><div class="ans">一个月内</div></div>
  <div class="ft">问卷星 提供技术支持 · 第 1 页</div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** oldest-first: older-style chronological CV whose career history runs in ascending order, gaps printed in line. */
export function oldestFirst(p: Person): string {
  const st: DateStyle = { ym: f.enFull, present: 'to date' };
  type E = { start: string; end: string | null; html: string };
  const items: E[] = p.work.map((j) => ({ start: j.start, end: j.end, html: `<div class="e"><div class="pd">${esc(period(j, st))}</div>
    <div class="em">${esc(j.company.toUpperCase())}${j.town ? `, ${esc(j.town)}${j.country && j.country !== 'UK' ? `, ${esc(j.country)}` : ''}` : ''}</div>
    <div class="ti">${esc(j.title)}${j.ranks ? ` <span>(${esc(j.ranks)})</span>` : ''}</div><ul>${li(j.duties)}</ul></div>` }));
  for (const g of p.gaps) items.push({ start: g.start, end: g.end, html: `<div class="e gap"><div class="pd">${f.enFull(g.start)} – ${f.enFull(g.end)}</div><div class="ti"><i>${esc(g.note)}</i></div></div>` });
  const css = `body{font-family:"Liberation Serif","Times New Roman",serif;font-size:10.4pt;color:#111}
  h1{text-align:center;font-size:17pt;letter-spacing:.18em;margin:0}.ct{text-align:center;margin:1.5mm 0 5mm;font-size:9.6pt}
  h2{font-size:10.5pt;letter-spacing:.12em;border-bottom:1px solid #000;margin:5mm 0 2.5mm;padding-bottom:.5mm}
  .e{margin:0 0 3.2mm 0}.pd{font-weight:bold}.em{font-variant:small-caps;letter-spacing:.04em}.ti{font-style:italic}.ti span{font-style:normal}
  .e ul{margin:.8mm 0 0;padding-left:5mm}.e li{margin:.3mm 0}.gap .ti{color:#444}
  p{margin:1mm 0}.cols{columns:2;column-gap:8mm}`;
  return page('en-GB', css, `<h1>${esc(p.name.toUpperCase())}</h1>
  <div class="ct">${esc(p.address)}<br>Mobile ${esc(p.phoneDisplay)} · ${esc(p.email)}</div>
  <h2>PROFILE</h2><p>${esc(p.summary)}</p>
  <h2>CAREER HISTORY <span style="font-weight:normal;letter-spacing:0">(in chronological order)</span></h2>${asc(items).map((e) => e.html).join('')}
  <h2>EDUCATION AND TRAINING</h2>${asc(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<p><b>${f.enFull(e.from)} – ${f.enFull(e.to)}</b> · ${esc(e.degree)}, ${esc(e.school)}${e.town ? `, ${esc(e.town)}` : ''}</p>`).join('')}
  <h2>KEY SKILLS</h2><p>${skills(p).map(esc).join('; ')}.</p>
  <h2>LICENCES AND CERTIFICATES</h2><div class="cols">${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}</div>
  <h2>LANGUAGES</h2><p>${p.languages.map(esc).join('; ')}</p>
  <p style="margin-top:4mm"><i>References available on request.</i></p>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** qqmail-preview: a Word 简历 attachment opened in the web-mail online previewer and printed (mail chrome + rendered page). */
export function qqmailPreview(p: Person): string {
  const st: DateStyle = { ym: f.dot, present: '至今', sep: '—' };
  const css = `body{font-family:${ZHFONT};font-size:9.4pt;color:#222;background:#fff}
  .chrome{display:flex;justify-content:space-between;align-items:center;background:#f3f4f6;border:1px solid #dcdfe4;padding:2mm 4mm;font-size:8.4pt;color:#444}
  .chrome b{color:#0b66c3}.btn{border:1px solid #c9ced6;border-radius:2px;padding:.4mm 2.4mm;margin-left:1.5mm;background:#fff}
  .doc{margin:4mm auto 0;width:164mm;border:1px solid #e1e4e8;box-shadow:0 0 3mm rgba(0,0,0,.08);padding:9mm 11mm;font-family:"SimSun","Songti SC",${ZHFONT}}
  h1{text-align:center;font-size:17pt;letter-spacing:.6em;margin:0 0 4mm}
  .info{display:grid;grid-template-columns:1fr 1fr;gap:1mm 6mm;margin-bottom:3mm}
  h2{font-size:10.5pt;background:#dde6f3;padding:.8mm 2mm;margin:4mm 0 2mm}
  .j{margin-bottom:2.5mm}.j .l{display:flex;gap:5mm}.j .l b{min-width:40mm}.j ol{margin:.8mm 0 0;padding-left:6mm}.j li{margin:.3mm 0}`;
  return page('zh-CN', css, `<div class="chrome"><span><b>邮箱</b> · 文件预览　邓嘉豪-硬件产品经理-13年.docx（86.4K）</span><span><span class="btn">下载</span><span class="btn">保存到云盘</span><span class="btn">打印</span><span class="btn">返回邮件</span></span></div>
  <div class="doc"><h1>个人简历</h1>
  <div class="info"><span>姓　　名：${esc(p.name)}</span><span>性　　别：男</span><span>出生年月：1991年5月</span><span>学　　历：本科</span><span>手　　机：${esc(p.phoneDisplay)}</span><span>邮　　箱：${esc(p.email)}</span><span>现居住地：深圳市南山区</span><span>求职意向：硬件产品经理</span></div>
  <h2>工作经历</h2>${rev(p.work).map((j) => `<div class="j"><div class="l"><b>${esc(period(j, st))}</b><span>${esc(j.company)}</span><span>${esc(j.title)}</span></div><ol>${li(j.duties)}</ol></div>`).join('')}
  <h2>教育背景</h2>${p.education.map((e) => `<div class="j"><div class="l"><b>${f.dot(e.from)}—${f.dot(e.to)}</b><span>${esc(e.school)}</span><span>${esc(e.degree)}</span></div></div>`).join('')}
  <h2>专业技能</h2><p style="margin:0">${skills(p).map(esc).join('；')}</p>
  <h2>证书及语言</h2><p style="margin:0">${[...p.certificates, ...p.languages].map(esc).join('；')}</p>
  <h2>自我评价</h2><p style="margin:0">${esc(p.summary)}</p></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** Source page for the pdftotext template: a two-column PDF from an online builder (sidebar + main, dates right). */
export function twoColSource(p: Person): string {
  const zh = p.language === 'zh';
  const st: DateStyle = zh ? { ym: f.dot, present: '至今', sep: ' - ' } : { ym: f.en, present: 'Present', sep: ' - ' };
  const jobs = rev(p.work).map((j) => `<div class="j"><div class="h"><b>${esc(j.title)}</b><span>${esc(period(j, st))}</span></div><div class="c">${esc(j.company)}${j.town ? ` · ${esc(j.town)}` : ''}${j.ranks ? ` · ${esc(j.ranks)}` : ''}</div><ul>${li(j.duties)}</ul></div>`).join('');
  const css = `body{font-family:"Liberation Sans",${ZHFONT};font-size:9.2pt;color:#333}
  .g{display:grid;grid-template-columns:56mm 1fr;gap:7mm}aside{background:#2d3e50;color:#eef;padding:7mm 5mm;min-height:262mm}
  aside h3{font-size:9pt;letter-spacing:.1em;color:#9fc4e8;margin:5mm 0 2mm}aside p{margin:1mm 0}aside small{display:block;color:#9fc4e8;font-size:7.5pt}aside .em{font-size:8pt}aside ul{margin:0;padding-left:4mm}aside li{margin:.8mm 0}
  h1{font-size:21pt;margin:0}.hl{color:#2d6ea5;margin:1mm 0 5mm}h2{font-size:10.5pt;color:#2d3e50;border-bottom:1.5px solid #2d3e50;margin:5mm 0 2.5mm;padding-bottom:.6mm}
  .j{margin-bottom:3.5mm}.h{display:flex;justify-content:space-between;gap:3mm}.h span{color:#2d6ea5;white-space:nowrap}.c{color:#555}.j ul{margin:1mm 0 0;padding-left:4.5mm}`;
  const T = zh ? { c: '联系方式', s: '专业技能', l: '语言', ce: '证书', p: '个人简介', w: '工作经历', e: '教育背景', ph: '电话', em: '邮箱', ad: '地址' } : { c: 'CONTACT', s: 'SKILLS', l: 'LANGUAGES', ce: 'LICENCES', p: 'Profile', w: 'Experience', e: 'Education', ph: 'Phone', em: 'Email', ad: 'Address' };
  return page(zh ? 'zh-CN' : 'en-GB', css, `<div class="g"><aside><h3>${T.c}</h3><p><small>${T.ph}</small>${esc(p.phoneDisplay)}</p><p class="em"><small>${T.em}</small>${esc(p.email)}</p><p><small>${T.ad}</small>${esc(p.address)}</p>
  <h3>${T.s}</h3><ul>${li(skills(p))}</ul><h3>${T.l}</h3><ul>${li(p.languages)}</ul><h3>${T.ce}</h3><ul>${li(p.certificates)}</ul></aside>
  <main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><h2>${T.p}</h2><p>${esc(p.summary)}</p><h2>${T.w}</h2>${jobs}
  <h2>${T.e}</h2>${rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<div class="j"><div class="h"><b>${esc(e.degree)}</b><span>${zh ? `${f.dot(e.from)} - ${f.dot(e.to)}` : `${f.en(e.from)} - ${f.en(e.to)}`}</span></div><div class="c">${esc(e.school)}</div></div>`).join('')}</main></div>`);
}

export { groupByEmployer, EN_FULL, M };
