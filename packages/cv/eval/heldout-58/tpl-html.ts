/** HTML templates of heldout-58, printed to PDF by Chromium. */
import type { Person } from './people.ts';
import { d, range, groups, newest, skills, months, tenureEn, esc as e, dual } from './lib.ts';

const font = (p: Person, latin = "'Liberation Sans', 'DejaVu Sans'") =>
  `${latin}, ${p.id === 'p12' || p.id === 'p16' ? "'Noto Sans CJK TC'" : "'Noto Sans CJK SC'"}, sans-serif`;
const page = (p: Person, css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font-family:${font(p)};font-size:10pt;color:#222;line-height:1.35}ul{margin:2px 0 4px 0;padding-left:16px}li{margin:0}h1,h2,h3,p{margin:0}${css}</style></head><body>${body}</body></html>`;
const ul = (xs: string[]) => `<ul>${xs.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`;

/** Single column, title before employer, the dates as marginal notes in a wide right margin (old report-style CV). */
export function rightMarginNotes(p: Person): string {
  const land = p.others.map((o) => `${e(o.label)} ${e(o.number)}`).join(' &nbsp;·&nbsp; ');
  const css = `.w{width:128mm;font-family:'DejaVu Serif',serif;font-size:10pt}.n{font-size:20pt;letter-spacing:.5px}.c{font-size:9pt;margin:3px 0 10px;color:#444}
  h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:2px;border-bottom:.6pt solid #555;margin:10px 0 5px;padding-bottom:1px}
  .e{position:relative;margin-bottom:6px}.m{position:absolute;left:133mm;top:1px;width:46mm;font-size:8.5pt;color:#555;font-style:italic;border-left:1.2pt solid #999;padding-left:5px}
  .t{font-weight:bold}`;
  const f = p.id === 'p05' ? 'mm.yyyy' : p.id === 'p08' ? 'mon' : 'mm/yyyy';
  const pres = p.id === 'p05' ? 'ongoing' : p.id === 'p08' ? 'till now' : 'to date';
  let b = `<div class="w"><div class="n">${e(p.name)}</div><div class="c">${e(p.address)}<br>${land} &nbsp;·&nbsp; Mobile ${e(p.mobile)}${p.messenger ? ` (${p.messenger})` : ''}<br>${e(p.email)}</div>`;
  b += `<h2>Profile</h2><p>${e(p.summary)}</p><h2>Professional experience</h2>`;
  for (const j of newest(p)) b += `<div class="e"><div class="m">${range(j, f as any, ' – ', pres)}<br>${e(j.town)}</div><div><span class="t">${e(j.title)}</span>, ${e(j.company)}</div>${ul(j.duties)}</div>`;
  b += `<h2>Education</h2>`;
  for (const s of p.education) b += `<div class="e"><div class="m">${d(s.start, 'year')} – ${d(s.end, 'year')}</div>${e(s.degree)}, ${e(s.school)}</div>`;
  b += `<h2>Skills</h2><p>${skills(p).map(e).join('; ')}</p><h2>Languages</h2><p>${p.languages.map(e).join('; ')}</p><h2>Certificates</h2>${ul(p.certs)}</div>`;
  return page(p, css, b);
}

/** Single column, "Title (Month YYYY – Month YYYY)" in bold with the employer in italics under it; p04's phone only in the page footer. */
export function titleBracket(p: Person): string {
  const footerOnly = p.id === 'p04';
  const css = `.n{font-size:22pt;font-weight:300;color:#1d3b5a}.h{font-size:11pt;color:#555;margin-bottom:4px}.c{font-size:9pt;color:#333;margin-bottom:8px}
  h2{font-size:11pt;color:#1d3b5a;margin:10px 0 4px;border-top:2px solid #1d3b5a;padding-top:3px}.t{font-weight:bold;margin-top:5px}.co{font-style:italic;color:#444}
  .ft{position:fixed;bottom:0;left:0;right:0;font-size:8pt;color:#555;text-align:center;border-top:.5pt solid #aaa;padding-top:2px}.sk span{display:inline-block;margin:0 10px 2px 0}`;
  const f = p.id === 'p06' ? 'mm/yyyy' : 'month';
  const pres = p.id === 'p06' ? 'Current' : 'Present';
  const contact = footerOnly ? `${e(p.address)} · ${e(p.email)}` : `${e(p.address)}<br>${p.others.map((o) => `${e(o.label)}: ${e(o.number)}`).join(' | ')} | Mobile: ${e(p.mobile)}${p.messenger ? ` (${p.messenger})` : ''} | ${e(p.email)}`;
  let b = `<div class="n">${e(p.name)}</div><div class="h">${e(p.headline)}</div><div class="c">${contact}</div><h2>Summary</h2><p>${e(p.summary)}</p><h2>Experience</h2>`;
  for (const j of newest(p)) b += `<div class="t">${e(j.title)} (${range(j, f as any, ' – ', pres)})</div><div class="co">${e(j.company)}, ${e(j.town)}</div>${ul(j.duties)}`;
  b += `<h2>Education</h2>${p.education.map((s) => `<div class="t">${e(s.degree)} (${d(s.start, 'year')} – ${d(s.end, 'year')})</div><div class="co">${e(s.school)}</div>`).join('')}`;
  b += `<h2>Skills</h2><div class="sk">${skills(p).map((s) => `<span>▸ ${e(s)}</span>`).join('')}</div><h2>Certifications</h2>${ul(p.certs)}<h2>Languages</h2><p>${p.languages.map(e).join(' · ')}</p>`;
  if (footerOnly) b += `<div class="ft">${e(p.name)} — Tél. ${e(p.others[0].number)} / ${e(p.mobile)} — ${e(p.email)}</div>`;
  return page(p, css, b);
}

/** Single column where the career is told as prose paragraphs (one per employer) with an "Earlier" list at the end. */
export function proseList(p: Person): string {
  const css = `.n{font-size:19pt;font-family:'DejaVu Serif',serif}.c{margin:3px 0 8px;font-size:9pt}h2{font-size:10.5pt;font-variant:small-caps;letter-spacing:1px;margin:10px 0 3px;color:#7a2e1d}
  p.pr{text-align:justify;margin-bottom:5px}.ea div{margin:1px 0}`;
  const g = groups(p);
  const land = p.others[0];
  let b = `<div class="n">${e(p.name)}</div><div class="c">${e(p.headline)} · ${e(p.town)}<br>${e(land.label)} ${e(land.number)} · mobile ${e(p.mobile)}${p.messenger ? ` · ${p.messenger} same number` : ''} · ${e(p.email)}</div>`;
  b += `<h2>Profile</h2><p>${e(p.summary)}</p><h2>Career</h2>`;
  const proseGroups = g.slice(0, g.length - 1);
  for (const grp of proseGroups) {
    const roles = [...grp.jobs].reverse();
    let s = '';
    roles.forEach((j, i) => {
      const when = j.end ? `from ${d(j.start, 'month')} to ${d(j.end, 'month')}` : `since ${d(j.start, 'month')}`;
      s += i === 0 ? `${j.end ? 'From' : 'Since'} ${j.end ? d(j.start, 'month') + ' to ' + d(j.end, 'month') : d(j.start, 'month')} I ${j.end ? 'worked' : 'have worked'} at <b>${e(grp.company)}</b> (${e(grp.town)}) as ${e(j.title)}. ${e(j.duties.join('; '))}. `
        : `I was then promoted to ${e(j.title)}, ${when}: ${e(j.duties.join('; '))}. `;
      if (j.clients) s += `Clients in that period included ${e(j.clients.join(', '))}. `;
    });
    b += `<p class="pr">${s}</p>`;
  }
  const earlier = g[g.length - 1].jobs;
  b += `<p style="margin-top:4px"><i>Earlier:</i></p><div class="ea">${earlier.map((j) => `<div>${e(j.title)} — ${e(j.company)}, ${e(j.town)} · ${range(j, 'mon', '–', 'now')}</div>`).join('')}</div>`;
  b += `<h2>Skills</h2><p>${skills(p).map(e).join(' / ')}</p><h2>Education</h2>${p.education.map((s) => `<p>${e(s.degree)}, ${e(s.school)}, ${d(s.start, 'year')}–${d(s.end, 'year')}</p>`).join('')}`;
  b += `<h2>Certificates</h2><p>${p.certs.map(e).join('; ')}</p><h2>Languages</h2><p>${p.languages.map(e).join('; ')}</p>`;
  return page(p, css, b);
}

/** Chinese single-column 简历: employer with its whole span in brackets, roles under it with their own period, bilingual headings for mixed. */
export function zhInline(p: Person): string {
  const tw = p.id === 'p12';
  const H = (zh: string, en: string) => (p.language === 'mixed' ? `${zh}　${en}` : zh);
  const css = `.top{border-bottom:3px double #333;padding-bottom:6px;margin-bottom:6px}.n{font-size:22pt;font-weight:bold}.n small{font-size:12pt;font-weight:normal;margin-left:10px}
  .c{font-size:9.5pt}h2{font-size:11pt;background:#eee;padding:2px 6px;margin:9px 0 4px}.co{font-weight:bold;margin-top:5px}.r{margin-left:1.2em}.r b{font-weight:bold}`;
  const pres = tw ? '現在' : p.language === 'mixed' ? 'present' : '至今';
  const lab = tw ? { mob: '手機', mail: '電子郵件', job: '工作經歷', sk: '專業技能', ed: '學歷', cert: '證照', lang: '語言', self: '自我介紹', addr: '地址' }
    : { mob: '手机 Mobile', mail: '邮箱 Email', job: '', sk: '', ed: '', cert: '', lang: '', self: '', addr: '地址 Address' };
  const land = p.others[0];
  let b = `<div class="top"><div class="n">${e(p.name)}${p.roman ? `<small>${e(p.roman)}</small>` : ''}</div><div class="c">${e(p.headline)}<br>${e(land.label)} ${e(land.number)}　｜　${lab.mob} ${e(p.mobile)}${p.messenger ? `（${p.messenger}）` : ''}　｜　${lab.mail} ${e(p.email)}<br>${lab.addr}：${e(p.address)}</div></div>`;
  b += `<h2>${tw ? lab.self : H('个人简介', 'Profile')}</h2><p>${e(p.summary)}</p><h2>${tw ? lab.job : H('工作经历', 'Work Experience')}</h2>`;
  for (const g of groups(p)) {
    const first = g.jobs[g.jobs.length - 1], last = g.jobs[0];
    b += `<div class="co">${e(g.company)}（${d(first.start, 'yyyy.mm')}—${last.end ? d(last.end, 'yyyy.mm') : pres}）</div>`;
    for (const j of g.jobs) b += `<div class="r"><b>${e(j.title)}</b>　${range(j, 'yyyy.mm', '—', pres)}　${e(j.town)}${ul(j.duties)}</div>`;
  }
  b += `<h2>${tw ? lab.sk : H('专业技能', 'Skills')}</h2><p>${skills(p).map(e).join('　/　')}</p>`;
  b += `<h2>${tw ? lab.ed : H('教育背景', 'Education')}</h2>${p.education.map((s) => `<p>${d(s.start, 'yyyy.mm')}—${d(s.end, 'yyyy.mm')}　${e(s.school)}　${e(s.degree)}</p>`).join('')}`;
  b += `<h2>${tw ? lab.cert : H('证书', 'Certificates')}</h2><p>${p.certs.map(e).join('；')}</p><h2>${tw ? lab.lang : H('语言', 'Languages')}</h2><p>${p.languages.map(e).join('；')}</p>`;
  return page(p, css, b, tw ? 'zh-TW' : 'zh-CN');
}

/** Career summary table of start years and tenures ("2016 · 3 yrs 7 mos"), then the detailed history below. */
export function yearTenure(p: Person): string {
  const css = `.n{font-size:20pt;font-weight:bold}.c{font-size:9pt;margin:2px 0 8px}h2{font-size:11pt;margin:10px 0 4px;color:#0b5d4b;text-transform:uppercase}
  table{border-collapse:collapse;width:100%;font-size:9.5pt}th,td{border:.6pt solid #7a9;padding:3px 5px;text-align:left;vertical-align:top}th{background:#e3f0ec}
  td.y{font-weight:bold;width:14mm}td.t{width:26mm;color:#555}.t2{font-weight:bold;margin-top:6px}`;
  const land = p.others[0];
  let b = `<div class="n">${e(p.name)}</div><div class="c">${e(p.headline)} · ${e(p.address)}<br>${e(land.label)}: ${e(land.number)} · Cell: ${e(p.mobile)} · ${e(p.email)}</div>`;
  b += `<h2>Career summary</h2><table><tr><th>Start</th><th>Tenure</th><th>Employer</th><th>Role</th></tr>`;
  for (const j of newest(p)) b += `<tr><td class="y">${d(j.start, 'year')}</td><td class="t">${tenureEn(months(j))}${j.end ? '' : ' (current)'}</td><td>${e(j.company)}</td><td>${e(j.title)}</td></tr>`;
  b += `</table><h2>Career history</h2>`;
  const f = p.id === 'p06' ? 'mm/yyyy' : 'mon';
  for (const j of newest(p)) b += `<div class="t2">${e(j.company)} — ${e(j.title)}</div><div>${e(j.town)} · ${range(j, f as any, ' – ', 'present')}</div>${ul(j.duties)}`;
  b += `<h2>Skills</h2><table><tr>${skills(p).slice(0, 4).map((s) => `<td>${e(s)}</td>`).join('')}</tr><tr>${skills(p).slice(4).map((s) => `<td>${e(s)}</td>`).join('')}</tr></table>`;
  b += `<h2>Education &amp; certificates</h2><table>${p.education.map((s) => `<tr><td class="y">${d(s.end, 'year')}</td><td>${e(s.degree)}, ${e(s.school)}</td></tr>`).join('')}${p.certs.map((c) => `<tr><td class="y">✓</td><td>${e(c)}</td></tr>`).join('')}</table>`;
  b += `<h2>Languages</h2><p>${p.languages.map(e).join(' · ')}</p>`;
  return page(p, css, b);
}

/** Korean-style English career description (경력기술서 habit): info table, career table with "(n yrs m mos)", detail blocks. */
export function krGyeongryeok(p: Person): string {
  const css = `h1{text-align:center;font-size:17pt;letter-spacing:4px;margin-bottom:8px}table{border-collapse:collapse;width:100%;font-size:9.5pt;margin-bottom:8px}
  th,td{border:.7pt solid #444;padding:3px 5px;vertical-align:top;text-align:left}th{background:#dde3ee;width:30mm}h2{font-size:11pt;margin:8px 0 4px}.cap{font-weight:bold}`;
  let b = `<h1>CAREER DESCRIPTION</h1><table><tr><th>Name</th><td>${e(p.name)}</td><th>Total career</th><td>${tenureEn(p.work.reduce((a, j) => a + months(j), 0))}</td></tr>`;
  b += `<tr><th>Office</th><td>${e(p.others[0].number)}</td><th>Mobile</th><td>${e(p.mobile)} (KakaoTalk ID: jhpark.dev)</td></tr><tr><th>E-mail</th><td>${e(p.email)}</td><th>Address</th><td>${e(p.address)}</td></tr></table>`;
  b += `<h2>1. Career history</h2><table><tr><th>Period</th><th>Company</th><th>Position</th><th style="width:auto">Main work</th></tr>`;
  for (const j of newest(p)) b += `<tr><td>${range(j, 'yyyy.mm', ' ~ ', 'present')}<br>(${tenureEn(months(j))})</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.duties.join('; '))}</td></tr>`;
  b += `</table><h2>2. Skills</h2><table><tr><th>Stack</th><td>${skills(p).map(e).join(', ')}</td></tr></table>`;
  b += `<h2>3. Education</h2><table>${p.education.map((s) => `<tr><th>${d(s.start, 'yyyy.mm')} ~ ${d(s.end, 'yyyy.mm')}</th><td>${e(s.school)}, ${e(s.degree)}</td></tr>`).join('')}</table>`;
  b += `<h2>4. Certificates / languages</h2><table><tr><th>Certificates</th><td>${p.certs.map(e).join('; ')}</td></tr><tr><th>Languages</th><td>${p.languages.map(e).join('; ')}</td></tr></table>`;
  b += `<p style="margin-top:10px">I certify that the above is true. &nbsp; 2026. 12. 01 &nbsp; Applicant: ${e(p.name)} (signature)</p>`;
  return page(p, css, b);
}

/** Bordered grid CV where the fax and office lines come before the mobile; 繁體 labels (p12) or bilingual labels (p16). */
export function faxFirstGrid(p: Person): string {
  const bi = p.language === 'mixed';
  const L = (zh: string, en: string) => (bi ? `${zh} ${en}` : zh);
  const css = `h1{text-align:center;font-size:18pt;margin-bottom:8px;letter-spacing:3px}table{border-collapse:collapse;width:100%;font-size:9.5pt;margin-bottom:6px}
  th,td{border:.8pt solid #333;padding:3px 5px;vertical-align:top;text-align:left}th{background:#f0e9d8;white-space:nowrap}.sec{background:#5a4a2a;color:#fff;text-align:center;font-weight:bold}`;
  const fax = p.others.find((o) => /傳真|Fax/.test(o.label))!, off = p.others.find((o) => !/傳真|Fax/.test(o.label))!;
  const pres = bi ? '至今 Present' : '現在';
  let b = `<h1>${bi ? '個人履歷 CURRICULUM VITAE' : '個 人 履 歷'}</h1><table>`;
  b += `<tr><th>${L('姓名', 'Name')}</th><td colspan="3">${e(dual(p, '　'))}</td></tr>`;
  b += `<tr><th>${L('傳真', 'Fax')}</th><td>${e(fax.number)}</td><th>${L('電話（公司）', 'Tel (Office)')}</th><td>${e(off.number)}</td></tr>`;
  b += `<tr><th>${L('手機', 'Mobile')}</th><td>${e(p.mobile)}${p.messenger ? `（${p.messenger}）` : ''}</td><th>${L('電郵', 'E-mail')}</th><td>${e(p.email)}</td></tr>`;
  b += `<tr><th>${L('地址', 'Address')}</th><td colspan="3">${e(p.address)}</td></tr><tr><th>${L('應徵職位', 'Position applied')}</th><td colspan="3">${e(p.headline)}</td></tr></table>`;
  b += `<table><tr><td class="sec" colspan="4">${L('工作經歷', 'Employment History')}</td></tr><tr><th>${L('期間', 'Period')}</th><th>${L('公司', 'Company')}</th><th>${L('職位', 'Position')}</th><th>${L('工作內容', 'Duties')}</th></tr>`;
  for (const j of newest(p)) b += `<tr><td style="white-space:nowrap">${range(j, bi ? 'mm/yyyy' : 'yyyy/mm', ' – ', pres)}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.duties.join('；'))}</td></tr>`;
  b += `</table><table><tr><td class="sec" colspan="3">${L('學歷', 'Education')}</td></tr>${p.education.map((s) => `<tr><td>${d(s.start, 'yyyy/mm')} – ${d(s.end, 'yyyy/mm')}</td><td>${e(s.school)}</td><td>${e(s.degree)}</td></tr>`).join('')}</table>`;
  b += `<table><tr><th>${L('專業技能', 'Skills')}</th><td>${skills(p).map(e).join('、')}</td></tr><tr><th>${L('證照', 'Certificates')}</th><td>${p.certs.map(e).join('、')}</td></tr><tr><th>${L('語言', 'Languages')}</th><td>${p.languages.map(e).join('、')}</td></tr></table>`;
  return page(p, css, b, 'zh-TW');
}

/** Malaysian private-company application form with Malay / English labels, Chinese name beside the NRIC name, house phone before H/P. */
export function myBorang(p: Person): string {
  const css = `.hd{text-align:center;font-weight:bold;font-size:12pt}.hd small{display:block;font-weight:normal;font-size:9pt}table{border-collapse:collapse;width:100%;font-size:9pt;margin-top:6px}
  th,td{border:.8pt solid #222;padding:3px 4px;vertical-align:top;text-align:left}th{background:#e6e6e6;font-weight:normal}.s{background:#333;color:#fff;font-weight:bold}`;
  let b = `<div class="hd">SEBERANG OPTICS SDN. BHD.<small>BORANG PERMOHONAN JAWATAN / APPLICATION FOR EMPLOYMENT · Jawatan dipohon / Position applied: Plant Operations Director</small></div>`;
  b += `<table><tr><td class="s" colspan="4">A. BUTIR-BUTIR PERIBADI / PERSONAL PARTICULARS</td></tr>`;
  b += `<tr><th>Nama (seperti dalam K/P) / Name (as in NRIC)</th><td colspan="3">${e(p.roman!.toUpperCase())}　${e(p.name)}</td></tr>`;
  b += `<tr><th>No. K/P / NRIC No.</th><td>900412-07-5531</td><th>Warganegara / Citizenship</th><td>Malaysia</td></tr>`;
  b += `<tr><th>Alamat / Address</th><td colspan="3">${e(p.address)}</td></tr>`;
  b += `<tr><th>No. Tel. Rumah / House</th><td>${e(p.others[0].number)}</td><th>No. Tel. Bimbit / H/P</th><td>${e(p.mobile)} (WhatsApp)</td></tr>`;
  b += `<tr><th>E-mel / E-mail</th><td colspan="3">${e(p.email)}</td></tr></table>`;
  b += `<table><tr><td class="s" colspan="6">B. PENGALAMAN PEKERJAAN / EMPLOYMENT HISTORY (terkini dahulu / latest first)</td></tr><tr><th>Nama Majikan / Employer</th><th>Jawatan / Position</th><th>Dari / From</th><th>Hingga / To</th><th>Gaji Akhir / Last Salary</th><th>Sebab Berhenti / Reason for leaving</th></tr>`;
  const sal = ['RM 14,500', 'RM 11,200', 'RM 8,600', 'RM 4,900'];
  const why = ['—', 'Career advancement', 'Promoted', 'Career advancement'];
  newest(p).forEach((j, i) => { b += `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${d(j.start, 'mm/yyyy')}</td><td>${j.end ? d(j.end, 'mm/yyyy') : 'Kini / Present'}</td><td>${sal[i]}</td><td>${why[i]}</td></tr>`; });
  b += `</table><table><tr><td class="s" colspan="4">C. PENDIDIKAN / EDUCATION</td></tr>${p.education.map((s) => `<tr><td>${e(s.school)}</td><td>${e(s.degree)}</td><td>${d(s.start, 'mm/yyyy')}</td><td>${d(s.end, 'mm/yyyy')}</td></tr>`).join('')}</table>`;
  b += `<table><tr><td class="s" colspan="2">D. KEMAHIRAN / SKILLS</td></tr><tr><td colspan="2">${skills(p).map((s, i) => `${i + 1}. ${e(s)}`).join('&nbsp;&nbsp; ')}</td></tr><tr><th>Sijil Profesional / Professional Certificates</th><td>${p.certs.map(e).join('; ')}</td></tr></table>`;
  b += `<table><tr><td class="s" colspan="3">E. BAHASA / LANGUAGES</td></tr><tr><th>Bahasa / Language</th><th>Lisan / Spoken</th><th>Tulisan / Written</th></tr>${p.languages.map((l, i) => `<tr><td>${e(l)}</td><td>${i < 4 ? 'Baik / Good' : 'Sederhana / Fair'}</td><td>${i < 3 ? 'Baik / Good' : 'Lemah / Poor'}</td></tr>`).join('')}</table>`;
  b += `<p style="font-size:8.5pt;margin-top:6px">Saya mengaku bahawa semua maklumat di atas adalah benar. / I declare that the above information is true. &nbsp; Tarikh / Date: 01/12/2026 &nbsp; Tandatangan / Signature: ____________</p>`;
  return page(p, css, b);
}

/** Flexbox: main column left, narrow right rail with contacts (landline first; the mobile wraps over two lines). */
export function flexRailRight(p: Person): string {
  const css = `.wrap{display:flex;gap:7mm}.main{flex:1}.rail{width:44mm;overflow-wrap:anywhere;font-size:8.8pt;border-left:1.5pt solid #c33;padding-left:4mm}
  .n{font-size:21pt;font-weight:bold;color:#c33}.h{font-size:11pt;margin-bottom:6px}h2{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;margin:9px 0 3px;color:#c33}
  .rail h2{margin-top:0}.rail p{margin-bottom:6px}.co{font-weight:bold;margin-top:5px}.ro{display:flex;justify-content:space-between}.ro span:last-child{color:#666;font-size:9pt}`;
  const land = p.others[0];
  const mob = p.id === 'p10' ? `${p.mobile.slice(0, 9)}<br>${p.mobile.slice(9)}` : p.mobile;
  const pres = p.id === 'p03' ? 'actualidad / now' : 'Present';
  let main = `<div class="n">${e(p.name)}</div><div class="h">${e(p.headline)}</div><h2>Profile</h2><p>${e(p.summary)}</p><h2>Experience</h2>`;
  for (const g of groups(p)) {
    main += `<div class="co">${e(g.company)}, ${e(g.town)}</div>`;
    for (const j of g.jobs) main += `<div class="ro"><span><i>${e(j.title)}</i></span><span>${range(j, 'mm/yyyy', ' – ', pres)}</span></div>${ul(j.duties)}`;
  }
  main += `<h2>Education</h2>${p.education.map((s) => `<div class="ro"><span>${e(s.degree)}, ${e(s.school)}</span><span>${d(s.end, 'year')}</span></div>`).join('')}`;
  let rail = `<h2>Contact</h2><p>${e(p.address)}</p><p>${e(land.label)}<br>${e(land.number)}</p><p>Mobile${p.messenger ? ` / ${p.messenger}` : ''}<br>${mob}</p><p>${e(p.email)}</p>`;
  rail += `<h2>Skills</h2><p>${skills(p).map(e).join('<br>')}</p><h2>Languages</h2><p>${p.languages.map(e).join('<br>')}</p><h2>Certificates</h2><p>${p.certs.map(e).join('<br>')}</p>`;
  return page(p, css, `<div class="wrap"><div class="main">${main}</div><div class="rail">${rail}</div></div>`);
}

/** Header band with an initials disc, then a CSS grid: narrow left column (contact, skills, languages), experience right with "Title | Employer". */
export function initialsBand(p: Person): string {
  const ini = p.name.split(' ').filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).slice(0, 2).join('');
  const css = `.band{background:#1f4e5f;color:#fff;display:flex;align-items:center;gap:6mm;padding:5mm 6mm;border-radius:3px}.disc{width:18mm;height:18mm;border-radius:50%;background:#f2b134;color:#1f4e5f;font-size:18pt;font-weight:bold;display:flex;align-items:center;justify-content:center}
  .n{font-size:20pt;font-weight:bold}.grid{display:grid;grid-template-columns:55mm 1fr;gap:6mm;margin-top:5mm}.l{background:#eef3f4;padding:4mm;font-size:9pt}
  h2{font-size:10pt;color:#1f4e5f;border-bottom:1.5pt solid #f2b134;margin:0 0 3px;padding-bottom:1px}.l h2{margin-top:6px}.t{font-weight:bold;margin-top:6px}.dt{color:#666;font-size:9pt}`;
  let left = `<h2>Contact</h2><p>${e(p.address)}</p>${p.others.map((o) => `<p>${e(o.label)}: ${e(o.number)}</p>`).join('')}<p>Mobile: ${e(p.mobile)}</p><p>${e(p.email)}</p>`;
  left += `<h2>Skills</h2>${ul(skills(p))}<h2>Languages</h2>${ul(p.languages)}<h2>Certifications</h2>${ul(p.certs)}`;
  let right = `<h2>Profile</h2><p>${e(p.summary)}</p><h2 style="margin-top:8px">Experience</h2>`;
  for (const j of newest(p)) right += `<div class="t">${e(j.title)} | ${e(j.company)}</div><div class="dt">${range(j, 'mon', ' – ', 'Current')} · ${e(j.town)}</div>${ul(j.duties)}`;
  right += `<h2 style="margin-top:8px">Education</h2>${p.education.map((s) => `<div class="t">${e(s.degree)}</div><div class="dt">${e(s.school)} · ${d(s.start, 'year')} – ${d(s.end, 'year')}</div>`).join('')}`;
  return page(p, css, `<div class="band"><div class="disc">${ini}</div><div><div class="n">${e(p.name)}</div><div>${e(p.headline)}</div></div></div><div class="grid"><div class="l">${left}</div><div>${right}</div></div>`);
}

/** Chinese 简历 with a floated right rail (基本信息 / 联系方式 / 技能 / 证书 / 语言); employer first, period on its own line under it. */
export function zhRail(p: Person): string {
  const tw = p.id === 'p12', mixed = p.language === 'mixed';
  const H = (zh: string, en: string, t?: string) => (mixed ? `${zh} ${en}` : tw ? (t ?? zh) : zh);
  const pres = tw ? '現在' : mixed ? '至今 Present' : '至今';
  const css = `.rail{float:right;width:58mm;margin-left:6mm;background:#f3f6fa;padding:4mm;font-size:9pt;border-top:3px solid #2b5d9b}.rail h3{font-size:10pt;color:#2b5d9b;margin:6px 0 2px}.rail h3:first-child{margin-top:0}
  .n{font-size:22pt;font-weight:bold;color:#2b5d9b}.h{margin:2px 0 8px;color:#555}h2{font-size:11pt;color:#2b5d9b;border-bottom:1pt solid #2b5d9b;margin:8px 0 4px}.co{font-weight:bold;margin-top:6px}.dt{color:#666;font-size:9pt}.tt{font-weight:bold;color:#333}`;
  let rail = `<h3>${H('基本信息', 'Profile', '基本資料')}</h3><p>${e(p.town)}<br>${e(p.address)}</p><h3>${H('联系方式', 'Contact', '聯絡方式')}</h3>`;
  rail += p.others.map((o) => `<p>${e(o.label)}：${e(o.number)}</p>`).join('') + `<p>${tw ? '手機' : mixed ? 'Mobile' : '手机'}：${e(p.mobile)}${p.messenger ? `（${p.messenger}）` : ''}</p><p>${e(p.email)}</p>`;
  rail += `<h3>${H('专业技能', 'Skills', '專業技能')}</h3>${ul(skills(p))}<h3>${H('证书', 'Certificates', '證照')}</h3>${ul(p.certs)}<h3>${H('语言', 'Languages', '語言')}</h3><p>${p.languages.map(e).join('<br>')}</p>`;
  let main = `<div class="n">${e(p.name)}</div><div class="h">${p.roman ? e(p.roman) + ' · ' : ''}${e(p.headline)}</div><h2>${H('自我评价', 'Summary', '自我介紹')}</h2><p>${e(p.summary)}</p><h2>${H('工作经历', 'Experience', '工作經歷')}</h2>`;
  for (const g of groups(p)) {
    main += `<div class="co">${e(g.company)}</div>`;
    for (const j of g.jobs) main += `<div class="dt">${range(j, 'yyyy.mm', ' — ', pres)} ｜ ${e(j.town)}</div><div class="tt">${e(j.title)}</div>${ul(j.duties)}`;
  }
  main += `<h2>${H('教育背景', 'Education', '學歷')}</h2>${p.education.map((s) => `<p>${d(s.start, 'yyyy.mm')} — ${d(s.end, 'yyyy.mm')}　${e(s.school)}　${e(s.degree)}</p>`).join('')}`;
  return page(p, css, `<div class="rail">${rail}</div><div>${main}</div>`, tw ? 'zh-TW' : 'zh-CN');
}
