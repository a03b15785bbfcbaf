/** heldout-12 — HTML single-column and two-column CV templates (printed to PDF by Chromium). */
import type { Person } from './people.ts';
import { html } from './html-forms.ts';
import { birthFmt, durEn, esc, fmt, fmtEnd, months, newestFirst, range, skills } from './util.ts';

const e = esc;

/* ---------- Philippines: resume with personal information, character references and certification ---------- */
export function phResume(p: Person): string {
  const x = p.extra;
  const entries = [
    ...p.jobs.map((j) => ({ start: j.start, html: `<div class="j"><div class="d">${range(j, 'month yyyy', 'Present')}</div><div><b>${e(j.title)}</b><br>${e(j.company)} – ${e(j.city)}<ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div></div>` })),
    ...(p.breaks ?? []).map((b) => ({ start: b.start, html: `<div class="j"><div class="d">${fmt(b.start, 'month yyyy')} – ${fmt(b.end, 'month yyyy')}</div><div><i>${e(b.note)}</i></div></div>` })),
  ].sort((a, b) => b.start.localeCompare(a.start));
  return html(`body{font-family:'Liberation Serif','Times New Roman',serif;font-size:10.5pt} h1{font-size:18pt;margin:0} .hd{display:flex;justify-content:space-between} h2{font-size:11pt;margin:12px 0 4px;border-bottom:1px solid #000;text-transform:uppercase}
  .j{display:flex;gap:10px;margin-bottom:6px} .d{width:38mm;flex:none} ul{margin:2px 0 0 16px;padding:0} .kv td{padding:1px 6px 1px 0}`, `
  <div class="hd"><div><h1>${e(p.name.toUpperCase())}</h1>${e(p.address)}<br>Mobile: ${e(p.phonePrinted)}<br>E-mail: ${e(p.email)}</div>
  <div style="border:1px solid #000;width:1.5in;height:1.5in;text-align:center;padding-top:0.6in;font-size:8pt;color:#777">2x2 photo</div></div>
  <h2>Objective</h2><p style="margin:0">${e(p.objective)}</p>
  <h2>Work Experience</h2>${entries.map((x) => x.html).join('')}
  <h2>Skills</h2><ul>${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Educational Attainment</h2><table class="kv">${p.education.map((d) => `<tr><td><b>${d.level}:</b></td><td>${e(d.school)}<br>${e(d.qual)}, ${d.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>Licenses, Seminars and Trainings</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>Personal Information</h2><table class="kv">
  <tr><td>Date of Birth:</td><td>${birthFmt(p, 'mm/dd/yyyy').replace(/^(\d\d)\/(\d\d)\//, (_m, a, b) => `${['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(a)]} ${Number(b)}, `)}</td></tr>
  <tr><td>Age:</td><td>${x.age}</td></tr><tr><td>Civil Status:</td><td>${p.marital}</td></tr><tr><td>Religion:</td><td>${x.religion}</td></tr><tr><td>Citizenship:</td><td>${p.nationality}</td></tr><tr><td>Languages:</td><td>${p.languages.map(e).join(', ')}</td></tr></table>
  <h2>Character References</h2>${(p.referees ?? []).map((r) => `<p style="margin:2px 0"><b>${e(r.name)}</b><br>${e(r.relation)}<br>${e(r.phone)}</p>`).join('')}
  <p style="margin-top:14px">I hereby certify that the above information is true and correct to the best of my knowledge and belief.</p>
  <p style="margin-top:22px"><b>${e(p.name.toUpperCase())}</b><br>Applicant</p>`);
}

/* ---------- Mexico: currículum vitae in English, personal data block and language percentages ---------- */
export function mxCv(p: Person): string {
  const x = p.extra;
  return html(`body{font-size:9.6pt} h1{font-size:19pt;margin:0;color:#1f3b5c} .t{color:#1f3b5c;font-size:11pt;margin-bottom:6px} h2{font-size:10.5pt;color:#fff;background:#1f3b5c;padding:2px 6px;margin:9px 0 4px}
  .kv td{padding:1px 10px 1px 0} .r{display:grid;grid-template-columns:40mm 1fr;gap:8px;margin-bottom:5px} ul{margin:2px 0 0 16px;padding:0}`, `
  <div style="text-align:right;font-size:8pt;color:#777">CURRÍCULUM VITAE</div>
  <h1>${e(p.name)}</h1><div class="t">Industrial Engineer · Logistics &amp; Distribution</div>
  <h2>PERSONAL DATA</h2><table class="kv"><tr><td>Date of birth:</td><td>${birthFmt(p, 'dd/mm/yyyy')} (${x.age} years old)</td><td>Marital status:</td><td>${p.marital}</td></tr>
  <tr><td>Nationality:</td><td>${p.nationality}</td><td>CURP:</td><td>${x.curp}</td></tr>
  <tr><td>Address:</td><td colspan="3">${e(p.address)}</td></tr><tr><td>Cell phone:</td><td>${e(p.phonePrinted)}</td><td>E-mail:</td><td>${e(p.email)}</td></tr></table>
  <h2>PROFESSIONAL OBJECTIVE</h2><p style="margin:0">${e(p.objective)}</p>
  <h2>WORK EXPERIENCE</h2>${newestFirst(p.jobs).map((j) => `<div class="r"><div><b>${range(j, 'month yyyy', 'to date', ' –<br>')}</b></div><div><b>${e(j.company)}</b>, ${e(j.city)}<br><i>${e(j.title)}</i><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>EDUCATION</h2>${p.education.map((d) => `<div class="r"><div>${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}</div><div><b>${e(d.school)}</b><br>${e(d.qual)}</div></div>`).join('')}
  <h2>COURSES AND CERTIFICATIONS</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>SKILLS</h2><ul style="columns:2">${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>LANGUAGES</h2><p style="margin:0">${p.languages.map(e).join(' &nbsp;|&nbsp; ')}</p>
  <p style="margin-top:12px;font-size:9pt;color:#555">References available upon request.</p>`);
}

/* ---------- Malaysia: "RESUME" with personal particulars, expected salary and language table ---------- */
export function myResume(p: Person): string {
  const x = p.extra;
  return html(`body{font-size:10pt} h1{text-align:center;font-size:16pt;margin:0 0 8px;letter-spacing:3px} h2{font-size:10.5pt;margin:12px 0 4px;background:#e6e6e6;padding:2px 6px}
  .kv td{padding:1px 8px 1px 0;vertical-align:top} .kv td:first-child{width:42mm} .g td,.g th{border:1px solid #888;padding:2px 6px} ul{margin:2px 0 0 16px;padding:0} .j{margin-bottom:7px}`, `
  <h1>RESUME</h1>
  <table><tr><td><table class="kv"><tr><td>Name</td><td>: <b>${e(p.name.toUpperCase())}</b>${p.nameOther ? ` (${p.nameOther})` : ''}</td></tr>
  <tr><td>IC No.</td><td>: ${x.ic}</td></tr><tr><td>Age</td><td>: ${x.age}</td></tr><tr><td>Race / Religion</td><td>: ${x.race} / ${x.religion}</td></tr>
  <tr><td>Nationality</td><td>: ${p.nationality}</td></tr><tr><td>Marital status</td><td>: ${p.marital}</td></tr>
  <tr><td>Address</td><td>: ${e(p.address)}</td></tr><tr><td>Contact no.</td><td>: ${e(p.phonePrinted)}</td></tr><tr><td>E-mail</td><td>: ${e(p.email)}</td></tr>
  <tr><td>Expected salary</td><td>: ${e(x.salaryExpect!)}</td></tr><tr><td>Availability</td><td>: ${e(x.notice!)} notice</td></tr></table></td>
  <td style="width:32mm;vertical-align:top"><div style="border:1px solid #999;width:30mm;height:38mm;text-align:center;padding-top:15mm;color:#999;font-size:8pt">Photo</div></td></tr></table>
  <h2>CAREER OBJECTIVE</h2><p style="margin:0">${e(p.summary)}</p>
  <h2>WORKING EXPERIENCE</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><b>${e(j.title)}</b><br>${e(j.company)}, ${e(j.city)}<br>${range(j, 'month yyyy', 'Present')}<ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>EDUCATION BACKGROUND</h2>${p.education.map((d) => `<div class="j"><b>${e(d.qual)}</b><br>${e(d.school)} (${d.start.slice(0, 4)} – ${d.end.slice(0, 4)})</div>`).join('')}
  <h2>SKILLS</h2><ul>${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>LANGUAGES</h2><table class="g" style="width:70%"><tr><th>Language</th><th>Spoken</th><th>Written</th></tr>${p.languages.map((l, i) => `<tr><td>${e(l)}</td><td>${i < 2 ? 'Excellent' : 'Good'}</td><td>${i < 2 ? 'Excellent' : i === 2 ? 'Fair' : '—'}</td></tr>`).join('')}</table>
  <h2>PROFESSIONAL CERTIFICATION</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>REFERENCES</h2>${(p.referees ?? []).map((r) => `<p style="margin:0">${e(r.name)}<br>${e(r.relation)}<br>Tel: ${e(r.phone)}</p>`).join('')}`);
}

/* ---------- Korea: 경력기술서 (career description) in English, project-style per company ---------- */
export function krCareer(p: Person): string {
  return html(`body{font-size:10pt} h1{font-size:17pt;text-align:center;margin:0 0 2px} .c{text-align:center;color:#555;margin-bottom:10px} .info td{border:1px solid #bbb;padding:3px 6px} .info th{border:1px solid #bbb;background:#f2f4f8;padding:3px 6px;text-align:left;width:18%}
  h2{font-size:11pt;border-bottom:2px solid #333;margin:14px 0 6px;padding-bottom:2px} .co{background:#f2f4f8;padding:4px 6px;font-weight:bold;margin-top:8px} ul{margin:3px 0 0 18px;padding:0}`, `
  <h1>CAREER DESCRIPTION</h1><div class="c">경력기술서</div>
  <table class="info"><tr><th>Name</th><td>${e(p.name)} (${p.nameOther})</td><th>Total career</th><td>${(() => { const n = p.jobs.reduce((a, j) => a + months(j), 0); return `${Math.floor(n / 12)} years ${n % 12} months`; })()}</td></tr>
  <tr><th>Mobile</th><td>${e(p.phonePrinted)}</td><th>E-mail</th><td>${e(p.email)}</td></tr></table>
  <h2>1. Career Summary</h2>
  <table class="info"><tr><th style="width:auto">Company</th><th style="width:auto">Period</th><th style="width:auto">Final position</th></tr>${newestFirst(p.jobs).map((j) => `<tr><td>${e(j.company)}</td><td>${fmt(j.start, 'yyyy. mm')} ~ ${fmtEnd(j.end, 'yyyy. mm', 'Present')} (${durEn(j)})</td><td>${e(j.title)}</td></tr>`).join('')}</table>
  <h2>2. Details by Company</h2>
  ${newestFirst(p.jobs).map((j) => `<div class="co">■ ${e(j.company)} &nbsp;|&nbsp; ${fmt(j.start, 'yyyy. mm')} ~ ${fmtEnd(j.end, 'yyyy. mm', 'Present')}</div>
  <p style="margin:3px 6px">Department: ${e(j.dept ?? '')} &nbsp;/&nbsp; Position: ${e(j.title)} &nbsp;/&nbsp; Location: ${e(j.city)}</p>
  <p style="margin:3px 6px"><b>Key tasks and achievements</b></p><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>3. Core Competencies</h2><p style="margin:3px 6px">${skills(p).map(e).join(' · ')}</p>
  <h2>4. Certificates</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <p style="margin-top:16px;text-align:right">2026. 11. 02 &nbsp; ${e(p.name)}</p>`);
}

/* ---------- Indonesia: application letter (surat lamaran) followed by CV ---------- */
export function idLetterCv(p: Person): string {
  const x = p.extra;
  const cur = p.jobs[p.jobs.length - 1]!;
  return html(`body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.45} .pb{page-break-after:always} h1{font-size:15pt;text-align:center;margin:0 0 10px} h2{font-size:11pt;margin:12px 0 4px;border-bottom:1px solid #444}
  .kv td{padding:1px 6px 1px 0;vertical-align:top} ul{margin:2px 0 0 18px;padding:0}`, `
  <div class="pb"><p style="text-align:right">Sleman, 2 November 2026</p>
  <p>Subject: Application for the position of ${e(x.position!)}<br>Attachments: 1 (one) set</p>
  <p>To<br>The Human Resources Manager<br>Yayasan Mitra Pembangunan Nusantara<br>Jl. Wijaya Kusuma No. 8, Jakarta Selatan</p>
  <p>Dear Sir/Madam,</p>
  <p>With reference to the vacancy announced on your website, I would like to apply for the position of ${e(x.position!)}. My details are as follows:</p>
  <table class="kv" style="margin-left:20px"><tr><td>Name</td><td>: ${e(p.name)}</td></tr><tr><td>Place/date of birth</td><td>: ${x.birthplace}, 2 December 1989</td></tr><tr><td>Last education</td><td>: ${e(p.education[0]!.qual)}</td></tr>
  <tr><td>Address</td><td>: ${e(p.address)}</td></tr><tr><td>Mobile</td><td>: ${e(p.phonePrinted)}</td></tr><tr><td>E-mail</td><td>: ${e(p.email)}</td></tr></table>
  <p>I currently work as ${e(cur.title)} at ${e(cur.company)}, and previously worked as a policy analyst and as a field facilitator for village planning. I believe this experience in planning, data and evaluation matches the needs of your programme.</p>
  <p>As consideration, I attach my curriculum vitae, copies of my diplomas and transcripts, my ID card (KTP) and a recent photograph.</p>
  <p>Thank you for your attention and consideration.</p>
  <p style="margin-top:18px">Sincerely,<br><br><br>${e(p.name)}</p></div>
  <h1>CURRICULUM VITAE</h1>
  <h2>Personal Data</h2><table class="kv"><tr><td>Name</td><td>: ${e(p.name)}</td></tr><tr><td>Sex</td><td>: ${p.gender}</td></tr><tr><td>Religion</td><td>: ${x.religion}</td></tr><tr><td>Marital status</td><td>: ${p.marital}</td></tr>
  <tr><td>Phone</td><td>: ${e(p.phonePrinted)}</td></tr><tr><td>E-mail</td><td>: ${e(p.email)}</td></tr></table>
  <h2>Education</h2><ul>${p.education.map((d) => `<li>${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}: ${e(d.qual)}, ${e(d.school)}</li>`).join('')}</ul>
  <h2>Work Experience</h2>${newestFirst(p.jobs).map((j) => `<p style="margin:5px 0 0"><b>${e(j.title)}</b> — ${e(j.company)}<br>${range(j, 'month yyyy', 'present')}</p><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>Skills</h2><ul>${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Training and Certification</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p style="margin:0">${p.languages.map(e).join(', ')}</p>`);
}

/* ---------- Macau: Traditional-Chinese single-column 個人履歷 ---------- */
export function moSingle(p: Person): string {
  const x = p.extra;
  return html(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:10pt;line-height:1.5} h1{font-size:20pt;margin:0} .en{color:#666;font-size:10pt} h2{font-size:11.5pt;color:#7a1f2b;border-bottom:1px solid #7a1f2b;margin:12px 0 5px} ul{margin:2px 0 0 18px;padding:0}
  .j{display:grid;grid-template-columns:44mm 1fr;gap:6px;margin-bottom:6px}`, `
  <h1>${e(p.name)} <span class="en">${x.english}</span></h1>
  <div>電話：${e(p.phonePrinted)}　｜　電郵：${e(p.email)}</div><div>地址：${e(p.address)}</div>
  <h2>求職目標</h2><p style="margin:0">${e(p.objective)}</p>
  <h2>個人簡介</h2><p style="margin:0">${e(p.summary)}</p>
  <h2>工作經驗</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><div>${fmt(j.start, 'yyyy.mm')} – ${fmtEnd(j.end, 'yyyy.mm', '現在')}</div><div><b>${e(j.company)}</b>　${e(j.title)}<ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>學歷</h2>${p.education.map((d) => `<div class="j"><div>${fmt(d.start, 'yyyy.mm')} – ${fmt(d.end, 'yyyy.mm')}</div><div>${e(d.school)}　${e(d.major ?? '')}　${e(d.qual)}</div></div>`).join('')}
  <h2>技能</h2><p style="margin:0">${skills(p).map(e).join('　/　')}</p>
  <h2>語言</h2><p style="margin:0">${p.languages.map(e).join('、')}</p>
  <h2>證書</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>其他</h2><p style="margin:0">出生日期：${birthFmt(p, 'zh')}　婚姻狀況：${p.marital}　可上班日期：${x.notice}通知期</p>`, 'zh-HK');
}

/* ---------- Singapore: résumé with personal particulars (NS status, citizenship) ---------- */
export function sgResume(p: Person): string {
  const x = p.extra;
  return html(`body{font-size:10pt} h1{font-size:20pt;margin:0} .ct{color:#333;margin:2px 0 8px} h2{font-size:10.5pt;letter-spacing:1px;color:#b3122e;margin:12px 0 4px;border-bottom:1px solid #ddd}
  .row{display:flex;justify-content:space-between} ul{margin:2px 0 4px 16px;padding:0} .kv td{padding:1px 10px 1px 0}`, `
  <h1>${e(p.name)} <span style="font-weight:normal;font-size:13pt">${p.nameOther}</span></h1>
  <div class="ct">${e(p.phonePrinted)} · ${e(p.email)} · ${e(p.address)}</div>
  <h2>PROFESSIONAL SUMMARY</h2><p style="margin:0">${e(p.summary)}</p>
  <h2>WORK EXPERIENCE</h2>${newestFirst(p.jobs).map((j) => `<div class="row"><b>${e(j.company)}</b><span>${range(j, 'mon yyyy', 'Present')}</span></div><div><i>${e(j.title)}</i>, ${e(j.city)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>EDUCATION</h2>${p.education.map((d) => `<div class="row"><b>${e(d.school)}</b><span>${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}</span></div><div>${e(d.qual)}</div>`).join('')}
  <h2>TECHNICAL SKILLS</h2><p style="margin:0">${skills(p).map(e).join(', ')}</p>
  <h2>CERTIFICATIONS</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>PERSONAL PARTICULARS</h2><table class="kv"><tr><td>Nationality:</td><td>${p.nationality}</td><td>NS status:</td><td>${x.ns}</td></tr>
  <tr><td>Languages:</td><td>${p.languages.map(e).join(', ')}</td><td>Notice period:</td><td>${x.notice}</td></tr>
  <tr><td>Expected salary:</td><td>${x.salaryExpect} / month</td><td>Availability:</td><td>Negotiable</td></tr></table>
  <h2>REFEREES</h2>${(p.referees ?? []).map((r) => `<p style="margin:0">${e(r.name)}, ${e(r.relation)} — ${e(r.phone)}</p>`).join('')}`);
}

/* ---------- China: bilingual 中英文简历 (外企 applicants) ---------- */
export function bilingualSingle(p: Person): string {
  const x = p.extra;
  return html(`body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.8pt} h1{font-size:19pt;margin:0} .sub{color:#555} h2{font-size:11pt;color:#0b4f8a;border-bottom:2px solid #0b4f8a;margin:11px 0 5px;padding-bottom:1px}
  .row{display:flex;justify-content:space-between} ul{margin:2px 0 5px 16px;padding:0}`, `
  <h1>${e(p.name)} <span style="font-size:14pt">${e(p.nameOther ?? '')}</span></h1>
  <div class="sub">${e(p.phonePrinted)}　|　${e(p.email)}　|　${e(p.address)}</div>
  <div class="sub">求职意向 Objective：${e(p.objective)}　|　到岗时间 Notice：${e(x.notice!)}</div>
  <h2>个人简介 Profile</h2><p style="margin:0">${e(p.summary)}</p>
  <h2>工作经历 Work Experience</h2>${newestFirst(p.jobs).map((j) => `<div class="row"><b>${e(j.company)}</b><span>${fmt(j.start, 'yyyy.mm')} – ${fmtEnd(j.end, 'yyyy.mm', '至今 Present')}</span></div><div><i>${e(j.title)}</i>　${e(j.city)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>教育背景 Education</h2>${p.education.map((d) => `<div class="row"><b>${e(d.school)}</b><span>${fmt(d.start, 'yyyy.mm')} – ${fmt(d.end, 'yyyy.mm')}</span></div><div>${e(d.qual)}　${e(d.major ?? '')}</div>`).join('')}
  <h2>专业技能 Skills</h2><ul>${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>证书 Certificates</h2><p style="margin:0">${p.certs.map(e).join('；')}</p>
  <h2>语言 Languages</h2><p style="margin:0">${p.languages.map(e).join('；')}</p>`, 'zh-CN');
}

/* ================= two-column ================= */

/* ---------- Latin America: light left rail with photo circle and skill dots ---------- */
export function latamModern(p: Person): string {
  const dots = (lvl?: string) => { const n = lvl === 'Advanced' ? 5 : lvl === 'Intermediate' ? 3 : 0; return n ? ` <span class="dots">${'●'.repeat(n)}${'○'.repeat(5 - n)}</span>` : ''; };
  return html(`body{font-size:9.6pt} .w{display:flex;min-height:265mm} .l{width:62mm;background:#edf1f4;padding:10px 10px;flex:none} .r{padding:4px 0 0 14px;flex:1}
  .ph{width:34mm;height:34mm;border-radius:50%;background:#c9d3db;margin:0 auto 10px} h1{font-size:20pt;margin:0;color:#263b4d} .t{color:#c0392b;font-size:11pt;margin-bottom:8px}
  h3{font-size:9.5pt;text-transform:uppercase;letter-spacing:1px;color:#263b4d;border-bottom:1px solid #9fb0bd;margin:12px 0 4px} h2{font-size:11pt;text-transform:uppercase;color:#263b4d;margin:12px 0 4px}
  .l p{margin:2px 0;word-break:break-word} .dots{color:#c0392b;font-size:8pt;float:right} .j{margin-bottom:8px} .d{color:#666;font-size:8.8pt} ul{margin:2px 0 0 15px;padding:0}`, `
  <div class="w"><div class="l"><div class="ph"></div>
  <h3>Contact</h3><p>${e(p.phonePrinted)}</p><p>${e(p.email)}</p><p>${e(p.address)}</p>
  <h3>Skills</h3>${skills(p).map((s) => `<p>${e(s)}${dots(p.skillLevels?.[s])}</p>`).join('')}
  <h3>Languages</h3>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}
  <h3>Certifications</h3>${p.certs.map((c) => `<p style="font-size:8.6pt">${e(c)}</p>`).join('')}</div>
  <div class="r"><h1>${e(p.name)}</h1><div class="t">${e(p.occupation)}</div>
  <h2>Profile</h2><p style="margin:0">${e(p.summary)}</p>
  <h2>Professional Experience</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><b>${e(j.title)}</b><br>${e(j.company)} · ${e(j.city)}<br><span class="d">${range(j, 'mm/yyyy', 'current')}</span><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((d) => `<div class="j"><b>${e(d.qual)}</b><br>${e(d.school)}<br><span class="d">${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}</span></div>`).join('')}</div></div>`);
}

/* ---------- Vietnam: TopCV-style two-column (header band, left info rail with bars, right timeline) ---------- */
export function topcv(p: Person): string {
  const lv = [90, 85, 85, 80, 75, 80, 70, 75];
  return html(`body{font-size:9.5pt} .hb{background:#1f8a70;color:#fff;padding:10px 14px;display:flex;gap:14px;align-items:center} .av{width:28mm;height:28mm;border-radius:50%;background:#d9efe8;flex:none}
  h1{margin:0;font-size:20pt} .w{display:flex;gap:14px;margin-top:10px} .l{width:64mm;flex:none} .r{flex:1} h2{font-size:10.5pt;color:#1f8a70;text-transform:uppercase;border-bottom:2px solid #1f8a70;margin:8px 0 5px}
  .bar{height:5px;background:#dfe7e4;border-radius:3px;margin:2px 0 6px} .bar i{display:block;height:5px;background:#1f8a70;border-radius:3px} .tl{border-left:2px solid #1f8a70;padding-left:10px;margin-left:4px}
  .it{margin-bottom:8px;position:relative} .it:before{content:'';position:absolute;left:-15px;top:3px;width:8px;height:8px;border-radius:50%;background:#1f8a70} ul{margin:2px 0 0 15px;padding:0} .l p{margin:2px 0}`, `
  <div class="hb"><div class="av"></div><div><h1>${e(p.name)}</h1><div style="font-size:11.5pt">Quality Director / Head of Quality</div></div></div>
  <div class="w"><div class="l"><h2>Contact</h2><p>📞 ${e(p.phonePrinted)}</p><p>✉ ${e(p.email)}</p><p>⌂ ${e(p.address)}</p><p>Date of birth: ${birthFmt(p, 'dd/mm/yyyy')}</p>
  <h2>Skills</h2>${skills(p).map((s, i) => `<div>${e(s)}</div><div class="bar"><i style="width:${lv[i % lv.length]}%"></i></div>`).join('')}
  <h2>Languages</h2>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}
  <h2>Certificates</h2>${p.certs.map((c) => `<p>${e(c)}</p>`).join('')}</div>
  <div class="r"><h2>Career objective</h2><p style="margin:0">${e(p.objective)} ${e(p.summary)}</p>
  <h2>Work experience</h2><div class="tl">${newestFirst(p.jobs).map((j) => `<div class="it"><b>${e(j.company)}</b><br><span style="color:#1f8a70">${range(j, 'mm/yyyy', 'Present')}</span><br><i>${e(j.title)}</i><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}</div>
  <h2>Education</h2><div class="tl">${p.education.map((d) => `<div class="it"><b>${e(d.school)}</b><br>${fmt(d.start, 'mm/yyyy')} – ${fmt(d.end, 'mm/yyyy')}<br>${e(d.major ? `${d.qual}, ${d.major}` : d.qual)}</div>`).join('')}</div>
  <h2>Military service</h2><p style="margin:0">${e(p.military ?? '')}</p></div></div>`);
}

/* ---------- China: 超级简历 (WonderCV)-style header band + right column ---------- */
const CNL: Record<string, Record<string, string>> = {
  hans: { obj: '求职意向', work: '工作经历', edu: '教育背景', self: '自我评价', sk: '专业技能', cert: '证书', lang: '语言能力', info: '基本信息', now: '至今', age: '岁' },
  hant: { obj: '求職意向', work: '工作經歷', edu: '學歷', self: '自我評價', sk: '專業技能', cert: '證照', lang: '語言能力', info: '基本資料', now: '至今', age: '歲' },
  bi: { obj: '求职意向 Objective', work: '工作经历 Experience', edu: '教育背景 Education', self: '自我评价 Profile', sk: '专业技能 Skills', cert: '证书 Certificates', lang: '语言 Languages', info: '基本信息 Info', now: '至今', age: '岁' },
};
export function cnTwocol(p: Person): string {
  const L = CNL[p.id === 'p12' ? 'hant' : p.language === 'mixed' ? 'bi' : 'hans']!;
  const x = p.extra;
  return html(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.5pt} .hd{background:#2f5d8a;color:#fff;padding:12px 14px} h1{margin:0;font-size:21pt} .hd .c{margin-top:4px;font-size:9pt}
  .w{display:flex;gap:12px;margin-top:10px} .m{flex:1} .s{width:58mm;flex:none;background:#f4f6f8;padding:4px 8px} h2{font-size:11pt;color:#2f5d8a;border-bottom:1px solid #2f5d8a;margin:8px 0 5px}
  .row{display:flex;justify-content:space-between} ul{margin:2px 0 6px 15px;padding:0} .s p{margin:2px 0}`, `
  <div class="hd"><h1>${e(p.name)}${p.nameOther ? ` <span style="font-size:13pt">${e(p.nameOther)}</span>` : ''}</h1>
  <div class="c">${e(p.phonePrinted)}　|　${e(p.email)}　|　${x.age}${L.age}　|　${e(p.address)}</div>
  <div class="c">${L.obj}：${e(p.objective)}</div></div>
  <div class="w"><div class="m"><h2>${L.work}</h2>${newestFirst(p.jobs).map((j) => `<div class="row"><b>${e(j.company)}</b><span>${fmt(j.start, 'yyyy.mm')}-${fmtEnd(j.end, 'yyyy.mm', L.now!)}</span></div><div>${e(j.title)}${j.dept ? `　${e(j.dept)}` : ''}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>${L.edu}</h2>${p.education.map((d) => `<div class="row"><b>${e(d.school)}</b><span>${fmt(d.start, 'yyyy.mm')}-${fmt(d.end, 'yyyy.mm')}</span></div><div>${e(d.major ?? '')}　${e(d.qual)}</div>`).join('')}
  <h2>${L.self}</h2><p style="margin:0">${e(p.summary)}</p></div>
  <div class="s"><h2>${L.sk}</h2>${skills(p).map((s) => `<p>• ${e(s)}</p>`).join('')}
  <h2>${L.cert}</h2>${p.certs.map((c) => `<p>${e(c)}</p>`).join('')}
  <h2>${L.lang}</h2>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}</div></div>`, p.id === 'p12' ? 'zh-HK' : 'zh-CN');
}

/* ---------- CakeResume (Taiwan) two-column: left sidebar with contact/skills, right main ---------- */
export function cake(p: Person): string {
  const zh = p.language === 'zh';
  const L = zh ? { about: '關於我', exp: '工作經歷', edu: '學歷', sk: '技能', lang: '語言', cert: '證照', contact: '聯絡方式', now: '現在' } : { about: 'About', exp: 'Experience', edu: 'Education', sk: 'Skills', lang: 'Languages', cert: 'Licences', contact: 'Contact', now: 'Present' };
  return html(`body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.6pt} .w{display:flex;gap:16px} .l{width:58mm;flex:none;border-right:1px solid #e3e3e3;padding-right:10px} .r{flex:1}
  h1{font-size:21pt;margin:0 0 2px} .t{color:#0aa17d;margin-bottom:10px} h2{font-size:10.5pt;color:#0aa17d;margin:12px 0 5px} .chip{display:inline-block;border:1px solid #0aa17d;border-radius:10px;padding:1px 7px;margin:2px 2px;font-size:8.8pt}
  .j{margin-bottom:9px} .d{color:#777;font-size:8.8pt} ul{margin:2px 0 0 15px;padding:0} .l p{margin:2px 0;word-break:break-word}`, `
  <div class="w"><div class="l"><h1>${e(p.name)}</h1><div class="t">${e(p.occupation)}</div>
  <h2>${L.contact}</h2><p>${e(p.phonePrinted)}</p><p>${e(p.email)}</p><p>${e(p.address)}</p>
  <h2>${L.sk}</h2><div>${skills(p).map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>
  <h2>${L.lang}</h2>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}
  <h2>${L.cert}</h2>${p.certs.map((c) => `<p>${e(c)}</p>`).join('')}</div>
  <div class="r"><h2 style="margin-top:4px">${L.about}</h2><p style="margin:0">${e(p.summary)}</p>
  <h2>${L.exp}</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><b>${e(j.title)}</b> @ ${e(j.company)}<br><span class="d">${zh ? `${fmt(j.start, 'yyyy/m')} - ${j.end ? fmt(j.end, 'yyyy/m') : L.now}` : range(j, 'mon yyyy', L.now, ' - ')} · ${e(j.city)}</span><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>${L.edu}</h2>${p.education.map((d) => `<div class="j"><b>${e(d.school)}</b><br>${e(d.major ? `${d.major}　${d.qual}` : d.qual)}<br><span class="d">${d.start.slice(0, 4)} - ${d.end.slice(0, 4)}</span></div>`).join('')}</div></div>`, zh ? 'zh-TW' : 'en');
}

/* ---------- resume.io-style: main left, right "Details / Skills / Languages" sidebar with level bars ---------- */
export function builderSidebar(p: Person): string {
  const bi = p.language === 'mixed' && /[\u4e00-\u9fff]/.test(p.name);
  return html(`body{font-size:9.6pt} .w{display:flex;gap:18px} .m{flex:1} .s{width:55mm;flex:none} h1{font-size:22pt;margin:0} .t{font-size:11pt;color:#555;margin-bottom:8px}
  h2{font-size:11.5pt;margin:12px 0 5px} h3{font-size:10pt;margin:12px 0 4px} .j{margin-bottom:9px} .d{color:#888;font-size:8.6pt;text-transform:uppercase} ul{margin:2px 0 0 15px;padding:0}
  .s p{margin:2px 0;word-break:break-word} .bar{height:4px;background:#e5e5e5;margin:2px 0 7px} .bar i{display:block;height:4px;background:#2c6ef2}`, `
  <h1>${e(p.name)}${bi ? ` <span style="font-size:14pt;color:#555">${e(p.nameOther!)}</span>` : ''}</h1><div class="t">${e(p.occupation)}</div>
  <div class="w"><div class="m"><h2>Profile</h2><p style="margin:0">${e(p.summary)}</p>
  <h2>Employment History</h2>${newestFirst(p.jobs).map((j) => `<div class="j"><b>${e(j.title)}, ${e(j.company)}</b><div class="d">${range(j, 'mon yyyy', 'Present')} &nbsp; ${e(j.city)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((d) => `<div class="j"><b>${e(d.qual)}${d.major ? `, ${e(d.major)}` : ''}</b><div>${e(d.school)}</div><div class="d">${fmt(d.start, 'mon yyyy')} — ${fmt(d.end, 'mon yyyy')}</div></div>`).join('')}
  ${p.military ? `<h2>National Service</h2><p style="margin:0">${e(p.military)}</p>` : ''}</div>
  <div class="s"><h3>Details</h3><p>${e(p.address)}</p><p>${e(p.phonePrinted)}</p><p>${e(p.email)}</p>
  <h3>Skills</h3>${skills(p).map((s, i) => `<p>${e(s)}</p><div class="bar"><i style="width:${95 - (i % 4) * 10}%"></i></div>`).join('')}
  <h3>Languages</h3>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}
  <h3>Certificates</h3>${p.certs.map((c) => `<p>${e(c)}</p>`).join('')}</div></div>`, bi ? 'zh-CN' : 'en');
}
