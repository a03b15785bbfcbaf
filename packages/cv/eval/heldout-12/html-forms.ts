/** heldout-12 — HTML table and form templates (printed to PDF by Chromium). */
import type { Person } from './people.ts';
import { birthFmt, durZh, esc, fmt, fmtEnd, newestFirst, range, skills, skillWithLevel } from './util.ts';

export const BASE = `*{box-sizing:border-box} html,body{margin:0;padding:0} body{font-family:'Liberation Sans',Arial,'WenQuanYi Zen Hei',sans-serif;font-size:9.5pt;color:#111;line-height:1.3}
table{border-collapse:collapse;width:100%} td,th{vertical-align:top}`;
export const html = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${BASE}${css}</style></head><body>${body}</body></html>`;
const e = esc;
const FORM = `.f td,.f th{border:1px solid #333;padding:3px 5px} .f th{background:#e8e8e8;font-weight:bold;text-align:left} .lbl{background:#f2f2f2;font-size:8.5pt;white-space:nowrap} .sec{background:#d9d9d9;font-weight:bold;font-size:9.5pt} .photo{width:32mm;height:40mm;text-align:center;vertical-align:middle;color:#888;font-size:8pt}`;

/* ---------- Brazil: Ficha de Solicitação de Emprego (employer's candidate registration form), in English ---------- */
export function brFicha(p: Person): string {
  const jobs = newestFirst(p.jobs).map((j) => `
  <table class="f job"><tr><td class="lbl">Company</td><td colspan="3"><b>${e(j.company)}</b></td><td class="lbl">City/State</td><td>${e(j.city)}</td></tr>
  <tr><td class="lbl">Position</td><td colspan="5">${e(j.title)}</td></tr>
  <tr><td class="lbl">Admission date</td><td>${fmt(j.start, 'dd/mm/yyyy')}</td><td class="lbl">Dismissal date</td><td>${j.end ? fmt(j.end, 'dd/mm/yyyy', true) : 'Currently employed'}</td><td class="lbl">Last salary</td><td>${e(j.salary ?? '')}</td></tr>
  <tr><td class="lbl">Reason for leaving</td><td colspan="3">${e(j.reason ?? '')}</td><td class="lbl">Supervisor</td><td>${e(j.supervisor ?? '')}</td></tr>
  <tr><td class="lbl">Main activities</td><td colspan="5">${e(j.duties.join('; '))}</td></tr></table>`).join('');
  return html(`${FORM} h1{font-size:14pt;text-align:center;margin:0} .sub{text-align:center;font-size:9pt;margin:2px 0 8px} .job{margin-bottom:6px} h2{font-size:10pt;margin:9px 0 3px;border-bottom:2px solid #1d4e89;color:#1d4e89}`, `
  <table><tr><td style="width:60%"><div style="font-weight:bold;font-size:11pt;color:#1d4e89">CONSTRUTORA HORIZONTE SUL S.A.</div><div style="font-size:8pt">Human Resources – Recruitment &amp; Selection</div></td><td style="text-align:right;font-size:8pt">Form RH-01 rev. 4<br>Received: ____/____/______</td></tr></table>
  <h1>EMPLOYMENT APPLICATION FORM</h1><div class="sub">(Ficha de Solicitação de Emprego) – please fill in all fields in block letters</div>
  <table class="f"><tr><td class="lbl">Position applied for</td><td>${e(p.extra.position!)}</td><td class="lbl">Salary expectation</td><td>${e(p.extra.salaryExpect!)}</td></tr>
  <tr><td class="lbl">Availability</td><td colspan="3">${e(p.extra.availability!)}</td></tr></table>
  <h2>1. PERSONAL DATA</h2>
  <table class="f"><tr><td class="lbl">Full name</td><td colspan="3"><b>${e(p.name.toUpperCase())}</b></td><td class="photo" rowspan="5">Photo<br>3x4</td></tr>
  <tr><td class="lbl">Date of birth</td><td>${birthFmt(p, 'dd/mm/yyyy')} (${p.extra.age} years)</td><td class="lbl">Place of birth</td><td>${e(p.extra.birthplace!)}</td></tr>
  <tr><td class="lbl">Nationality</td><td>${e(p.nationality)}</td><td class="lbl">Marital status</td><td>${e(p.marital)}</td></tr>
  <tr><td class="lbl">CPF</td><td>${p.extra.cpf}</td><td class="lbl">RG</td><td>${p.extra.rg}</td></tr>
  <tr><td class="lbl">CTPS (work card)</td><td>${p.extra.ctps}</td><td class="lbl">Driving licence</td><td>${p.extra.driving}</td></tr>
  <tr><td class="lbl">Address</td><td colspan="4">${e(p.address)}</td></tr>
  <tr><td class="lbl">Mobile / WhatsApp</td><td>${e(p.phonePrinted)}</td><td class="lbl">E-mail</td><td colspan="2">${e(p.email)}</td></tr></table>
  <h2>2. EDUCATION</h2>
  <table class="f"><tr><th>Level</th><th>Institution</th><th>Course</th><th>Start</th><th>Conclusion</th><th>Status</th></tr>
  ${p.education.map((d) => `<tr><td>${e(d.level ?? '')}</td><td>${e(d.school)}</td><td>${e(d.qual)}</td><td>${fmt(d.start, 'mm/yyyy')}</td><td>${fmt(d.end, 'mm/yyyy')}</td><td>Completed</td></tr>`).join('')}</table>
  <h2>3. PROFESSIONAL EXPERIENCE (start with the current or most recent)</h2>${jobs}
  <h2>4. TECHNICAL KNOWLEDGE</h2>
  <table class="f"><tr><td>${skills(p).map((s) => e(skillWithLevel(p, s, (l) => ` (${l})`))).join('; ')}</td></tr></table>
  <h2>5. COURSES AND CERTIFICATIONS</h2>
  <table class="f"><tr><td>${p.certs.map(e).join('<br>')}</td></tr></table>
  <h2>6. LANGUAGES</h2>
  <table class="f"><tr><th>Language</th><th>Level</th></tr>${p.languages.map((l) => { const [a, b] = l.split(' – '); return `<tr><td>${e(a!)}</td><td>${e(b ?? '')}</td></tr>`; }).join('')}</table>
  <p style="font-size:8.5pt;margin-top:10px">I declare that the information above is true and I authorise the company to confirm it with previous employers.</p>
  <table style="margin-top:14px"><tr><td>Campinas, 02/11/2026</td><td style="text-align:center;border-top:1px solid #000;width:45%">${e(p.name)}</td></tr></table>`);
}

/* ---------- Philippines: bookstore "BIO-DATA" form ---------- */
export function phBiodata(p: Person): string {
  const x = p.extra;
  const row = (a: string, b: string, c?: string, d?: string) => `<tr><td class="l">${a}</td><td class="v">${b}</td>${c !== undefined ? `<td class="l">${c}</td><td class="v">${d}</td>` : '<td></td><td></td>'}</tr>`;
  const edu = (lvl: string) => p.education.find((d) => d.level === lvl);
  const eduRow = (label: string, lvl: string) => { const d = edu(lvl); return `<tr><td class="l">${label}</td><td class="v">${d ? e(d.school) : ''}</td><td class="v">${d ? e(d.qual) : ''}</td><td class="v">${d ? d.end.slice(0, 4) : ''}</td></tr>`; };
  return html(`h1{text-align:center;font-family:'Liberation Serif',serif;letter-spacing:6px;font-size:20pt;margin:0 0 4px}
  .l{white-space:nowrap;padding:2px 4px;font-size:8.5pt;width:1%} .v{border-bottom:1px solid #000;padding:2px 4px;font-family:'Liberation Mono',monospace;font-size:9pt}
  .sec{font-weight:bold;text-align:center;margin:7px 0 3px;border:1px solid #000;background:#eee;padding:1px;font-size:9pt}
  .g td,.g th{border:1px solid #000;padding:2px 4px;font-size:8.5pt} .g td{font-family:'Liberation Mono',monospace} .g th{font-weight:normal;font-size:8pt}
  .photo{border:1px solid #000;width:1.8in;height:1.8in;text-align:center;vertical-align:middle;font-size:8pt;color:#666}`, `
  <h1>BIO-DATA</h1>
  <table><tr><td style="vertical-align:bottom"><table>
  <tr><td class="l">POSITION DESIRED:</td><td class="v">${e(x.position!)}</td></tr>
  <tr><td class="l">NAME:</td><td class="v">${e(p.name.toUpperCase())}</td></tr>
  <tr><td class="l">CITY ADDRESS:</td><td class="v">${e(p.address)}</td></tr>
  <tr><td class="l">PROVINCIAL ADDRESS:</td><td class="v">Same as above</td></tr>
  <tr><td class="l">TELEPHONE / CEL. NO.:</td><td class="v">${e(p.phonePrinted)}</td></tr>
  <tr><td class="l">E-MAIL:</td><td class="v">${e(p.email)}</td></tr></table></td>
  <td style="width:2.2in;text-align:right"><table style="width:2in;margin-left:auto"><tr><td class="photo">2" x 2"<br>ID PICTURE</td></tr></table></td></tr></table>
  <div class="sec">PERSONAL DATA</div>
  <table>${row('DATE OF BIRTH:', birthFmt(p, 'mm/dd/yyyy'), 'PLACE OF BIRTH:', e(x.birthplace!))}
  ${row('AGE:', x.age!, 'SEX:', p.gender)}${row('CIVIL STATUS:', p.marital, 'CITIZENSHIP:', p.nationality)}
  ${row('HEIGHT:', e(x.height!), 'WEIGHT:', x.weight!)}${row('RELIGION:', x.religion!, 'PASSPORT NO.:', x.passport!)}
  ${row('NAME OF FATHER:', e(x.father!), 'OCCUPATION:', 'Retired')}${row('NAME OF MOTHER:', e(x.mother!), 'OCCUPATION:', 'Housewife')}
  ${row('LANGUAGE/DIALECT SPOKEN:', e(p.languages.join(', ')))}</table>
  <div class="sec">EDUCATIONAL BACKGROUND</div>
  <table class="g"><tr><th></th><th>NAME OF SCHOOL</th><th>DEGREE / COURSE</th><th>YEAR GRADUATED</th></tr>
  ${eduRow('ELEMENTARY', 'Primary')}${eduRow('HIGH SCHOOL', 'Secondary')}${eduRow('COLLEGE', 'Tertiary')}<tr><td class="l">VOCATIONAL</td><td></td><td></td><td></td></tr></table>
  <div class="sec">SPECIAL SKILLS</div>
  <table class="g"><tr><td>${skills(p).map(e).join(', ')}</td></tr></table>
  <div class="sec">EMPLOYMENT RECORD</div>
  <table class="g"><tr><th>FROM</th><th>TO</th><th>COMPANY NAME</th><th>POSITION</th></tr>
  ${newestFirst(p.jobs).map((j) => `<tr><td>${fmt(j.start, 'mon yyyy').toUpperCase()}</td><td>${fmtEnd(j.end, 'mon yyyy', 'PRESENT').toUpperCase()}</td><td>${e(j.company)}</td><td>${e(j.title)}</td></tr>`).join('')}</table>
  <div class="sec">CHARACTER REFERENCE</div>
  <table class="g"><tr><th>NAME</th><th>COMPANY / POSITION</th><th>CONTACT NO.</th></tr>
  ${(p.referees ?? []).map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.relation)}</td><td>${e(r.phone)}</td></tr>`).join('')}</table>
  <table style="margin-top:6px"><tr><td class="l">LICENSE / CERTIFICATE:</td><td class="v">${e(p.certs[0]!)}</td></tr></table>
  <p style="font-size:8.5pt;margin-top:10px">I hereby certify that the above information is true and correct to the best of my knowledge and belief.</p>
  <table style="margin-top:18px"><tr><td></td><td style="width:40%;text-align:center;border-top:1px solid #000;font-size:8.5pt">Signature of Applicant</td></tr></table>`);
}

/* ---------- Thailand: hospital "Application for Employment" (English version of a Thai company form) ---------- */
export function thForm(p: Person): string {
  const x = p.extra;
  return html(`${FORM} .hd{display:flex;justify-content:space-between;align-items:flex-start;margin-bottom:6px} h1{font-size:14pt;margin:0} .f{margin-bottom:6px} .s{font-size:8pt;color:#444}`, `
  <div class="hd"><div><div style="font-weight:bold;color:#005b96;font-size:12pt">RATTANAKOSIN INTERNATIONAL HOSPITAL</div><div class="s">Human Resources Department · 91 Phetchaburi Road, Ratchathewi, Bangkok 10400</div><h1 style="margin-top:6px">APPLICATION FOR EMPLOYMENT</h1><div class="s">Please complete in your own handwriting or type. Attach copies of licence, passport and certificates.</div></div>
  <table style="width:30mm"><tr><td class="photo" style="border:1px solid #333;height:38mm">Recent photo<br>1 inch</td></tr></table></div>
  <table class="f"><tr><td class="lbl">Position applied for</td><td>${e(x.position!)}</td><td class="lbl">Expected salary (THB)</td><td>${e(x.salaryExpect!.replace('THB ', ''))}</td></tr>
  <tr><td class="lbl">Department</td><td>International Medical Services</td><td class="lbl">Date available</td><td>01/01/2027</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="6">1. PERSONAL INFORMATION</td></tr>
  <tr><td class="lbl">Name – Surname</td><td colspan="3"><b>${e(p.name)}</b></td><td class="lbl">Nickname</td><td>Tin</td></tr>
  <tr><td class="lbl">Date of birth</td><td>${birthFmt(p, 'dd/mm/yyyy')}</td><td class="lbl">Age</td><td>${x.age} yrs</td><td class="lbl">Nationality</td><td>${e(p.nationality)}</td></tr>
  <tr><td class="lbl">Height</td><td>157 cm</td><td class="lbl">Weight</td><td>${x.weight}</td><td class="lbl">Religion</td><td>${e(x.religion!)}</td></tr>
  <tr><td class="lbl">Marital status</td><td>${p.marital}</td><td class="lbl">Passport no.</td><td>${x.passport}</td><td class="lbl">Work permit</td><td>Previously held (2019–2022)</td></tr>
  <tr><td class="lbl">Present address</td><td colspan="5">${e(p.address)}, Philippines</td></tr>
  <tr><td class="lbl">Mobile</td><td colspan="2">${e(p.phonePrinted)} (Viber / WhatsApp)</td><td class="lbl">E-mail</td><td colspan="2">${e(p.email)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="5">2. EDUCATION</td></tr><tr><th>Level</th><th>Institute</th><th>Major / Degree</th><th>From</th><th>To</th></tr>
  ${p.education.map((d) => `<tr><td>${e(d.level!)}</td><td>${e(d.school)}</td><td>${e(d.qual)}</td><td>${d.start.slice(0, 4)}</td><td>${d.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="6">3. WORK EXPERIENCE (latest first)</td></tr>
  <tr><th style="width:11%">From<br>(mm/yyyy)</th><th style="width:11%">To<br>(mm/yyyy)</th><th>Company name &amp; address</th><th>Position</th><th>Last salary</th><th>Reason for leaving</th></tr>
  ${newestFirst(p.jobs).map((j) => `<tr><td>${fmt(j.start, 'mm/yyyy')}</td><td>${fmtEnd(j.end, 'mm/yyyy', 'Present')}</td><td><b>${e(j.company)}</b><br><span class="s">${e(j.city)}</span></td><td>${e(j.title)}</td><td>${e(j.salary ?? '')}</td><td>${e(j.reason ?? '')}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="4">4. LANGUAGE ABILITY</td></tr><tr><th>Language</th><th>Speaking</th><th>Reading</th><th>Writing</th></tr>
  <tr><td>English</td><td>Excellent</td><td>Excellent</td><td>Excellent</td></tr><tr><td>Thai</td><td>Fair</td><td>Poor</td><td>Poor</td></tr><tr><td>Filipino (Tagalog)</td><td>Native</td><td>Native</td><td>Native</td></tr></table>
  <table class="f"><tr><td class="sec">5. SPECIAL ABILITIES</td></tr><tr><td>${skills(p).map(e).join(' / ')}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="2">6. PROFESSIONAL LICENCES AND TRAINING</td></tr>${p.certs.map((c) => `<tr><td colspan="2">${e(c)}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="4">7. PERSONS TO CONTACT IN CASE OF EMERGENCY / REFERENCES</td></tr>
  ${(p.referees ?? []).map((r) => `<tr><td class="lbl">Name</td><td>${e(r.name)}</td><td class="lbl">Tel.</td><td>${e(r.phone)}</td></tr>`).join('')}</table>
  <p class="s">I certify that all statements given in this application are true. Any false statement may result in termination of employment.</p>
  <table style="margin-top:12px"><tr><td>Date: 02/11/2026</td><td style="text-align:center;border-top:1px solid #000;width:40%">Applicant's signature</td></tr></table>`);
}

/* ---------- New Zealand: council "Application for Employment" form ---------- */
export function nzApplication(p: Person): string {
  const x = p.extra;
  const yn = (q: string, a: string) => `<tr><td>${q}</td><td style="width:22%"><b>${a}</b></td></tr>`;
  return html(`${FORM} h1{font-size:15pt;margin:0;color:#00594f} .top{border-bottom:3px solid #00594f;padding-bottom:6px;margin-bottom:8px} .f{margin-bottom:8px} .sec{background:#00594f;color:#fff} .n{font-size:8pt;color:#333}`, `
  <div class="top"><div style="font-size:10pt;font-weight:bold">Kāinga District Council | Te Kaunihera ā-Rohe o Kāinga</div><h1>Application for Employment</h1><div class="n">Please complete all sections. A CV may be attached but does not replace this form. Applications close 5pm Friday 20 November 2026.</div></div>
  <table class="f"><tr><td class="sec" colspan="4">Position applied for</td></tr><tr><td class="lbl">Position title</td><td>${e(x.position!)}</td><td class="lbl">Vacancy number</td><td>${x.vacancy}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="4">Section 1 – Personal details</td></tr>
  <tr><td class="lbl">Full name</td><td colspan="3"><b>${e(p.name)}</b></td></tr><tr><td class="lbl">Preferred name</td><td>Hemi</td><td class="lbl">Pronouns (optional)</td><td>he/him</td></tr>
  <tr><td class="lbl">Postal address</td><td colspan="3">${e(p.address)}</td></tr>
  <tr><td class="lbl">Mobile</td><td>${e(p.phonePrinted)}</td><td class="lbl">Email</td><td>${e(p.email)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="2">Section 2 – Eligibility</td></tr>
  ${yn('Are you legally entitled to work in New Zealand? (NZ citizen / resident / valid work visa)', x.entitled!)}
  ${yn('Do you hold a current New Zealand driver licence? Class:', 'Yes – Class 2')}
  ${yn('Have you been convicted of any offence (excluding convictions covered by the Criminal Records (Clean Slate) Act 2004)?', x.convictions!)}
  ${yn('Is there any medical condition or injury that could affect your ability to do this job?', 'No')}
  ${yn('Notice period required by your current employer', x.notice!)}</table>
  <table class="f"><tr><td class="sec" colspan="5">Section 3 – Employment history (most recent first)</td></tr>
  <tr><th>Employer</th><th>Position held</th><th style="width:12%">From</th><th style="width:12%">To</th><th>Reason for leaving</th></tr>
  ${newestFirst(p.jobs).map((j) => `<tr><td>${e(j.company)}<br><span class="n">${e(j.city)}</span></td><td>${e(j.title)}</td><td>${fmt(j.start, 'mon yyyy')}</td><td>${fmtEnd(j.end, 'mon yyyy', 'Current')}</td><td>${e(j.reason || 'Still employed')}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec">Section 4 – Skills relevant to this position</td></tr><tr><td><ul style="margin:2px 0 2px 16px;padding:0">${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul></td></tr></table>
  <table class="f"><tr><td class="sec" colspan="3">Section 5 – Qualifications, licences and registrations</td></tr>
  ${p.education.map((d) => `<tr><td>${e(d.qual)}</td><td>${e(d.school)}</td><td>${d.end.slice(0, 4)}</td></tr>`).join('')}
  ${p.certs.map((c) => `<tr><td colspan="3">${e(c)}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="3">Section 6 – Community and voluntary work</td></tr>
  ${(p.volunteering ?? []).map((v) => `<tr><td>${e(v.org)}</td><td>${e(v.role)}</td><td>${fmt(v.start, 'mon yyyy')} – ${v.end ? fmt(v.end, 'mon yyyy') : 'present'}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="3">Section 7 – Referees (at least one should be a current or recent manager)</td></tr>
  <tr><th>Name</th><th>Relationship / organisation</th><th>Phone</th></tr>${(p.referees ?? []).map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.relation)}</td><td>${e(r.phone)}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec">Privacy statement and declaration</td></tr><tr><td class="n">The information in this form is collected under the Privacy Act 2020 to assess your application and will be held securely by Council. You have the right to access and correct it.
  I declare that the information I have given is true and complete. I understand that any false or misleading information may result in my application being declined or my employment being terminated. I authorise Council to contact my referees.</td></tr>
  <tr><td>Signature: <i>H. Walker</i> &nbsp;&nbsp;&nbsp; Date: 2/11/2026</td></tr></table>`);
}

/* ---------- Malaysia: company "Employment Application Form / Borang Permohonan Pekerjaan" ---------- */
export function myForm(p: Person): string {
  const x = p.extra;
  const employer = p.id === 'p05' ? 'SERI KLANG HOSPITALITY SDN. BHD. (Reg. No. 201501023318)' : 'MEDIVANCE PHARMA (M) SDN. BHD. (Reg. No. 200801007742)';
  return html(`${FORM} .f{margin-bottom:7px} h1{font-size:13pt;text-align:center;margin:2px 0} .c{text-align:center;font-size:8.5pt} .n{font-size:7.5pt;font-style:italic;color:#333}`, `
  <div class="c"><b style="font-size:10.5pt">${employer}</b></div><h1>EMPLOYMENT APPLICATION FORM</h1><div class="c"><i>Borang Permohonan Pekerjaan</i> — CONFIDENTIAL</div>
  <table class="f" style="margin-top:6px"><tr><td class="lbl">Position applied</td><td>${e(x.position!)}</td><td class="lbl">Expected salary</td><td>${e(x.salaryExpect!)}</td><td class="lbl">Notice period</td><td>${e(x.notice!)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="5">A. PERSONAL PARTICULARS / <i>BUTIR-BUTIR PERIBADI</i></td></tr>
  <tr><td class="lbl">Name (as in NRIC)</td><td colspan="3"><b>${e(p.name.toUpperCase())}</b></td><td class="photo" rowspan="6">Passport-size<br>photograph</td></tr>
  <tr><td class="lbl">NRIC No. (New)</td><td>${x.ic}</td><td class="lbl">Date of birth</td><td>${birthFmt(p, 'dd/mm/yyyy')}</td></tr>
  <tr><td class="lbl">Age</td><td>${x.age}</td><td class="lbl">Place of birth</td><td>${e(x.birthplace!)}</td></tr>
  <tr><td class="lbl">Race / Religion</td><td>${x.race} / ${x.religion}</td><td class="lbl">Sex</td><td>${p.gender}</td></tr>
  <tr><td class="lbl">Nationality</td><td>${p.nationality}</td><td class="lbl">Marital status</td><td>${p.marital}</td></tr>
  <tr><td class="lbl">Driving licence class</td><td>${x.licence}</td><td class="lbl">Own transport</td><td>Yes</td></tr>
  <tr><td class="lbl">Permanent address</td><td colspan="4">${e(p.address)}</td></tr>
  <tr><td class="lbl">Handphone no.</td><td>${e(p.phonePrinted)}</td><td class="lbl">E-mail</td><td colspan="2">${e(p.email)}</td></tr>
  <tr><td class="lbl">EPF no.</td><td>${x.epf}</td><td class="lbl">SOCSO no.</td><td colspan="2">${x.socso}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="5">B. ACADEMIC QUALIFICATIONS / <i>KELAYAKAN AKADEMIK</i></td></tr>
  <tr><th>Name of school / institution</th><th>From</th><th>To</th><th>Qualification obtained</th><th>Result / CGPA</th></tr>
  ${p.education.map((d) => `<tr><td>${e(d.school)}</td><td>${fmt(d.start, 'mm/yy')}</td><td>${fmt(d.end, 'mm/yy')}</td><td>${e(d.qual)}</td><td>${d.level === 'SPM' || d.level === 'UEC' ? '—' : p.id === 'p05' ? '3.21' : '3.48'}</td></tr>`).join('')}
  <tr><td class="lbl">SPM / UEC subjects &amp; grades</td><td colspan="4" style="font-size:8.5pt">${e(x.spm!)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="6">C. EMPLOYMENT HISTORY (start with present / last employer) / <i>PENGALAMAN KERJA</i></td></tr>
  <tr><th style="width:8%">From<br>(mm/yy)</th><th style="width:8%">To<br>(mm/yy)</th><th>Name &amp; address of employer</th><th>Position held</th><th>Last drawn salary</th><th>Reason for leaving</th></tr>
  ${newestFirst(p.jobs).map((j) => `<tr><td>${fmt(j.start, 'mm/yy')}</td><td>${fmtEnd(j.end, 'mm/yy', 'Present')}</td><td>${e(j.company)}<br><span class="n">${e(j.city)}</span></td><td>${e(j.title)}</td><td>${e(j.salary ?? '')}</td><td>${e(j.reason ?? '')}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="3">D. LANGUAGE PROFICIENCY (Excellent / Good / Fair)</td></tr><tr><th>Language</th><th>Spoken</th><th>Written</th></tr>
  ${p.languages.map((l, i) => `<tr><td>${e(l.replace(/ \(.*\)$/, ''))}</td><td>${i < 2 ? 'Excellent' : 'Good'}</td><td>${i < 2 ? 'Excellent' : /basic|spoken/i.test(l) ? '—' : 'Good'}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec">E. SKILLS / COMPUTER LITERACY / <i>KEMAHIRAN</i></td></tr><tr><td>${skills(p).map(e).join(', ')}</td></tr></table>
  <table class="f"><tr><td class="sec">F. PROFESSIONAL CERTIFICATES</td></tr><tr><td>${p.certs.map(e).join('<br>')}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="3">G. REFEREES (not related to you)</td></tr>${(p.referees ?? []).map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.relation)}</td><td>${e(r.phone)}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="lbl">Have you ever been convicted in a court of law?</td><td>No</td><td class="lbl">Any serious illness?</td><td>No</td></tr></table>
  <div class="n">I declare that all particulars given are true and complete. I understand that any false information will lead to dismissal without notice.</div>
  <table style="margin-top:14px"><tr><td>Date: 02/11/2026</td><td style="width:40%;border-top:1px solid #000;text-align:center">Signature of applicant</td></tr></table>`);
}

/* ---------- Korea: 이력서 standard grid, English version ---------- */
export function krGrid(p: Person): string {
  const x = p.extra;
  return html(`.g td,.g th{border:1px solid #222;padding:4px 5px;font-size:9pt} .g th{background:#eef1f6;font-weight:bold;white-space:nowrap} h1{text-align:center;letter-spacing:14px;font-size:20pt;margin:0 0 8px} .g{margin-bottom:7px} .photo{width:30mm;height:40mm;text-align:center;vertical-align:middle;color:#888;font-size:8pt} .t{font-weight:bold;margin:6px 0 2px}`, `
  <h1>RESUME</h1><div style="text-align:center;margin:-6px 0 8px;font-size:9pt">이 력 서</div>
  <table class="g"><tr><td class="photo" rowspan="4">Photo<br>(3×4 cm)</td><th>Name</th><td>(Korean) ${p.nameOther} &nbsp; (Hanja) ${x.hanja}</td><th>English</th><td><b>${e(p.name.toUpperCase())}</b></td></tr>
  <tr><th>Date of birth</th><td>${birthFmt(p, 'yyyy.mm')} (Age ${x.age})</td><th>Nationality</th><td>${e(p.nationality)}</td></tr>
  <tr><th>Mobile</th><td>${e(p.phonePrinted)}</td><th>E-mail</th><td>${e(p.email)}</td></tr>
  <tr><th>Address</th><td colspan="3">${e(p.address)}</td></tr></table>
  <div class="t">■ Education</div>
  <table class="g"><tr><th>Period</th><th>School</th><th>Major</th><th>Status</th><th>Location</th></tr>
  ${p.education.map((d) => `<tr><td>${fmt(d.start, 'yyyy.mm')} ~ ${fmt(d.end, 'yyyy.mm')}</td><td>${e(d.school)}</td><td>${e(d.major ?? '')}</td><td>${d.level === 'University' ? `${d.qual} Graduated` : 'Graduated'}</td><td>${e(d.city ?? '')}</td></tr>`).join('')}</table>
  <div class="t">■ Career</div>
  <table class="g"><tr><th>Period</th><th>Company</th><th>Department</th><th>Position</th><th>Main duties</th></tr>
  ${p.jobs.map((j) => `<tr><td style="white-space:nowrap">${fmt(j.start, 'yyyy.mm')} ~ ${fmtEnd(j.end, 'yyyy.mm', 'Present')}</td><td>${e(j.company)}</td><td>${e(j.dept ?? '')}</td><td>${e(j.title)}</td><td>${e(j.duties[0]!)}</td></tr>`).join('')}</table>
  <div class="t">■ Licenses &amp; Certificates</div>
  <table class="g"><tr><th>Certificate</th><th>Issuer / Year</th></tr>${p.certs.map((c) => { const [a, ...b] = c.split(', '); return `<tr><td>${e(a!)}</td><td>${e(b.join(', '))}</td></tr>`; }).join('')}</table>
  <div class="t">■ Military Service</div>
  <table class="g"><tr><th>Branch</th><th>Rank</th><th>Period</th><th>Discharge</th></tr><tr><td>ROK Army</td><td>Sergeant</td><td>2005.04 ~ 2007.03</td><td>Honourable discharge</td></tr></table>
  <div class="t">■ Skills</div>
  <table class="g"><tr><td>${skills(p).map(e).join(', ')}</td></tr></table>
  <div class="t">■ Languages</div>
  <table class="g"><tr><td>${p.languages.map(e).join(' / ')}</td></tr></table>
  <p style="text-align:center;margin-top:16px">I hereby certify that the above statements are true and correct.</p>
  <p style="text-align:center">2026. 11. 02</p><p style="text-align:right;margin-right:20mm">Applicant: ${e(p.name)} (signature)</p>`);
}

/* ---------- Vietnam: company "Phiếu thông tin ứng viên / Candidate information form" ---------- */
export function vnForm(p: Person): string {
  const x = p.extra;
  return html(`${FORM} .f{margin-bottom:7px} h1{font-size:13pt;text-align:center;margin:6px 0 0} .c{text-align:center} .i{font-style:italic;font-size:8pt;font-weight:normal}`, `
  <table><tr><td style="font-size:8.5pt"><b>CÔNG TY TNHH LINH KIỆN Ô TÔ ĐÔNG Á</b><br>DONG A AUTO COMPONENTS CO., LTD.<br>KCN Đình Vũ, Hải Phòng</td><td style="text-align:right;font-size:8pt">Mã số / Code: HR-F-03<br>Lần ban hành / Issue: 02</td></tr></table>
  <h1>PHIẾU THÔNG TIN ỨNG VIÊN</h1><div class="c"><b>CANDIDATE INFORMATION FORM</b></div>
  <table class="f" style="margin-top:6px"><tr><td class="lbl">Vị trí ứng tuyển <span class="i">Position</span></td><td>${e(x.position!)}</td><td class="lbl">Mức lương mong muốn <span class="i">Expected salary</span></td><td>${e(x.salaryExpect!)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="5">I. THÔNG TIN CÁ NHÂN <span class="i">/ Personal information</span></td></tr>
  <tr><td class="lbl">Họ và tên <span class="i">Full name</span></td><td colspan="3"><b>${e(p.name.toUpperCase())}</b></td><td class="photo" rowspan="5">Ảnh 4×6</td></tr>
  <tr><td class="lbl">Ngày sinh <span class="i">DOB</span></td><td>${birthFmt(p, 'dd/mm/yyyy')}</td><td class="lbl">Giới tính <span class="i">Sex</span></td><td>Nam / Male</td></tr>
  <tr><td class="lbl">Quốc tịch <span class="i">Nationality</span></td><td>Hàn Quốc / Korean</td><td class="lbl">Hộ chiếu <span class="i">Passport</span></td><td>${x.passport}</td></tr>
  <tr><td class="lbl">Điện thoại <span class="i">Phone</span></td><td>${e(p.phonePrinted)}</td><td class="lbl">Email</td><td>${e(p.email)}</td></tr>
  <tr><td class="lbl">Giấy phép lao động <span class="i">Work permit</span></td><td colspan="3">${e(x.visa!)}</td></tr>
  <tr><td class="lbl">Địa chỉ hiện tại <span class="i">Current address</span></td><td colspan="4">${e(p.address)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="4">II. TRÌNH ĐỘ HỌC VẤN <span class="i">/ Education</span></td></tr>
  <tr><th>Thời gian <span class="i">Period</span></th><th>Trường <span class="i">School</span></th><th>Chuyên ngành <span class="i">Major</span></th><th>Bằng cấp <span class="i">Degree</span></th></tr>
  ${p.education.map((d) => `<tr><td>${fmt(d.start, 'mm/yyyy')} – ${fmt(d.end, 'mm/yyyy')}</td><td>${e(d.school)}</td><td>${e(d.major ?? '')}</td><td>${e(d.qual)}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="5">III. QUÁ TRÌNH CÔNG TÁC <span class="i">/ Working history (gần nhất trước / latest first)</span></td></tr>
  <tr><th>Từ – Đến <span class="i">From – To</span></th><th>Tên công ty <span class="i">Company</span></th><th>Chức danh <span class="i">Title</span></th><th>Công việc chính <span class="i">Main tasks</span></th><th>Lý do nghỉ <span class="i">Reason for leaving</span></th></tr>
  ${newestFirst(p.jobs).map((j) => `<tr><td style="white-space:nowrap">${fmt(j.start, 'mm/yyyy')} – ${fmtEnd(j.end, 'mm/yyyy', 'nay (present)')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.duties.join('; '))}</td><td>${e(j.reason || '—')}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec">IV. KỸ NĂNG <span class="i">/ Skills</span></td></tr><tr><td>${skills(p).map(e).join('; ')}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="2">V. NGOẠI NGỮ &amp; CHỨNG CHỈ <span class="i">/ Languages &amp; certificates</span></td></tr><tr><td style="width:40%">${p.languages.map(e).join('<br>')}</td><td>${p.certs.map(e).join('<br>')}</td></tr></table>
  <p style="font-size:8.5pt">Tôi xin cam đoan những thông tin trên là đúng sự thật. <i>I certify that the above information is true.</i></p>
  <table><tr><td></td><td style="width:45%;text-align:center">Hải Phòng, ngày 02 tháng 11 năm 2026<br><b>Người khai / Applicant</b><br><br><br>${e(p.name)}</td></tr></table>`, 'vi');
}

/* ---------- Indonesia: Daftar Riwayat Hidup form (English) ---------- */
export function idDrh(p: Person): string {
  const x = p.extra;
  const kv = (k: string, v: string) => `<tr><td style="width:32%;padding:1px 0">${k}</td><td style="width:2%">:</td><td>${v}</td></tr>`;
  return html(`h1{text-align:center;font-size:14pt;margin:0;text-decoration:underline} .c{text-align:center;margin-bottom:8px;font-style:italic} h2{font-size:10pt;margin:9px 0 3px} .g td,.g th{border:1px solid #000;padding:3px 5px;font-size:9pt} .g th{background:#f0f0f0} body{font-family:'Liberation Serif','Times New Roman',serif;font-size:9.6pt;line-height:1.22}`, `
  <h1>CURRICULUM VITAE</h1><div class="c">(Daftar Riwayat Hidup)</div>
  <table><tr><td><h2 style="margin-top:0">I. PERSONAL DATA</h2><table>
  ${kv('Full name', `<b>${e(p.name)}</b>`)}${kv('Place / Date of birth', `${x.birthplace}, ${birthFmt(p, 'dd/mm/yyyy')}`)}${kv('Sex', p.gender)}${kv('Religion', x.religion!)}${kv('Marital status', p.marital)}
  ${kv('Nationality', p.nationality)}${kv('NIK (ID number)', x.nik!)}${kv('Height / Weight', `${x.height} / ${x.weight}`)}${kv('Address', e(p.address))}${kv('Mobile phone', e(p.phonePrinted))}${kv('E-mail', e(p.email))}</table></td>
  <td style="width:32mm;vertical-align:top;padding-left:6px"><div style="border:1px solid #000;width:30mm;height:40mm;text-align:center;padding-top:15mm;font-size:8pt;color:#666">Photo 3×4</div></td></tr></table>
  <h2>II. FORMAL EDUCATION</h2>
  <table class="g"><tr><th>No</th><th>Level</th><th>Institution</th><th>Major / Degree</th><th>Year</th></tr>
  ${p.education.map((d, i) => `<tr><td>${i + 1}</td><td>${d.level}</td><td>${e(d.school)}, ${e(d.city ?? '')}</td><td>${e(d.qual)}</td><td>${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>III. NON-FORMAL EDUCATION / CERTIFICATION</h2>
  <table class="g"><tr><th>No</th><th>Course / Certificate</th></tr>${p.certs.map((c, i) => `<tr><td>${i + 1}</td><td>${e(c)}</td></tr>`).join('')}</table>
  <h2>IV. WORK EXPERIENCE</h2>
  <table class="g"><tr><th>No</th><th>Period</th><th>Institution / Company</th><th>Position</th></tr>
  ${p.jobs.map((j, i) => `<tr><td>${i + 1}</td><td style="white-space:nowrap">${range(j, 'mon yyyy', 'present')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td></tr>`).join('')}</table>
  <h2>V. SKILLS</h2>
  <table class="g"><tr><td><ol style="margin:0;padding-left:18px">${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ol></td></tr></table>
  <h2>VI. LANGUAGES</h2><p style="margin:0">${p.languages.map(e).join('; ')}</p>
  <p style="margin-top:10px">I hereby declare that this curriculum vitae is true and correct, and I am fully responsible for it.</p>
  <table><tr><td></td><td style="width:45%;text-align:center">Sleman, 2 November 2026<br>Sincerely,<br><br><u>${e(p.name)}</u></td></tr></table>`);
}

/* ---------- China: insurance company 应聘人员登记表 ---------- */
export function cnInsurance(p: Person): string {
  const x = p.extra;
  const ins = p.id === 'p11' ? '是，保险从业 11 年（寿险代理、经纪）' : '是，银保渠道 2 年 7 个月';
  return html(`.g td,.g th{border:1px solid #000;padding:4px 5px;font-size:9.5pt} .g th{font-weight:normal;background:#f5f5f5;white-space:nowrap} h1{text-align:center;font-size:16pt;margin:0 0 4px;font-weight:bold} .c{text-align:center;font-size:10pt} .photo{width:28mm;text-align:center;vertical-align:middle;color:#888}`, `
  <div class="c" style="font-size:11pt;font-weight:bold">鼎安人寿保险股份有限公司</div><h1>应聘人员登记表</h1>
  <table style="margin-bottom:4px;font-size:9pt"><tr><td>应聘机构：上海分公司</td><td>填表日期：2026 年 11 月 2 日</td><td style="text-align:right">编号：_________</td></tr></table>
  <table class="g">
  <tr><th>应聘职位</th><td colspan="3">${e(x.position!)}</td><th>推荐人/工号</th><td colspan="2">无</td></tr>
  <tr><th>姓　　名</th><td>${e(p.name)}</td><th>性　别</th><td>${p.gender}</td><th>出生日期</th><td>${birthFmt(p, 'zh')}</td><td class="photo" rowspan="4">照<br>片</td></tr>
  <tr><th>民　　族</th><td>${x.minzu}</td><th>政治面貌</th><td>${x.zhengzhi}</td><th>婚姻状况</th><td>${p.marital}</td></tr>
  <tr><th>身份证号码</th><td colspan="3">${x.idno}</td><th>户籍所在地</th><td>${e(x.hukou!)}</td></tr>
  <tr><th>手　　机</th><td colspan="2">${e(p.phonePrinted)}</td><th>电子邮箱</th><td colspan="2">${e(p.email)}</td></tr>
  <tr><th>现居住地址</th><td colspan="6">${e(p.address)}</td></tr>
  <tr><th>有无保险从业经历</th><td colspan="3">${ins}</td><th>期望收入</th><td colspan="2">${e(x.salaryExpect!)}</td></tr>
  <tr><th colspan="7" style="text-align:center;background:#e4e4e4">教育经历（从高中填起）</th></tr>
  <tr><th>起止时间</th><th colspan="3">学校名称</th><th>专业</th><th colspan="2">学历/学位</th></tr>
  ${p.education.map((d) => `<tr><td>${fmt(d.start, 'yyyy.mm')}—${fmt(d.end, 'yyyy.mm')}</td><td colspan="3">${e(d.school)}</td><td>${e(d.major ?? '')}</td><td colspan="2">${e(d.qual)}</td></tr>`).join('')}
  <tr><th colspan="7" style="text-align:center;background:#e4e4e4">工作经历（从最近一份填起）</th></tr>
  <tr><th>起止时间</th><th colspan="2">工作单位</th><th>职务</th><th>离职原因</th><th colspan="2">证明人</th></tr>
  ${newestFirst(p.jobs).map((j) => `<tr><td style="white-space:nowrap">${fmt(j.start, 'yyyy.mm')}—${fmtEnd(j.end, 'yyyy.mm', '至今')}</td><td colspan="2">${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.reason || '在职')}</td><td colspan="2">${e(j.supervisor ?? '')}</td></tr>`).join('')}
  <tr><th>专业技能</th><td colspan="6">${skills(p).map(e).join('、')}</td></tr>
  <tr><th>资格证书</th><td colspan="6">${p.certs.map(e).join('；')}</td></tr>
  <tr><th>家庭主要成员</th><td colspan="6">${e(x.family!)}</td></tr>
  <tr><th>紧急联系人</th><td colspan="6">${e(x.emergency!)}</td></tr>
  <tr><td colspan="7" style="font-size:8.5pt;padding:6px">本人承诺：以上所填信息真实有效，如有虚假，公司可随时解除劳动合同，本人不要求任何补偿。同意公司对上述信息进行背景调查。<br><br>
  本人签名：______________　　　　日期：2026 年 11 月 2 日</td></tr></table>`, 'zh-CN');
}

/* ---------- China: private company 员工信息登记表 ---------- */
export function cnYuangong(p: Person): string {
  const x = p.extra;
  const hi = p.education[0]!;
  return html(`.g td,.g th{border:1px solid #000;padding:4px 4px;font-size:9.5pt;height:7mm;vertical-align:middle} .g th{font-weight:normal;white-space:nowrap} h1{text-align:center;font-size:17pt;letter-spacing:3px;margin:0 0 6px} body{font-family:'WenQuanYi Zen Hei',sans-serif}`, `
  <h1>员工信息登记表</h1>
  <table style="font-size:9pt;margin-bottom:3px"><tr><td>部门：设备部</td><td>岗位：${e(x.position!)}</td><td>入职日期：　　年　　月　　日</td><td style="text-align:right">工号：</td></tr></table>
  <table class="g">
  <tr><th>姓名</th><td>${e(p.name)}</td><th>性别</th><td>${p.gender}</td><th>出生年月</th><td>${fmt(p.birth.slice(0, 7), 'zh')}</td><td rowspan="4" style="width:26mm;text-align:center;color:#888">一寸<br>照片</td></tr>
  <tr><th>民族</th><td>${x.minzu}</td><th>籍贯</th><td>${x.jiguan}</td><th>政治面貌</th><td>${x.zhengzhi}</td></tr>
  <tr><th>身高/体重</th><td>${x.height}/${x.weight}</td><th>血型</th><td>${x.blood}</td><th>婚姻状况</th><td>${p.marital}</td></tr>
  <tr><th>身份证号码</th><td colspan="3">${x.idno}</td><th>健康状况</th><td>${x.health}</td></tr>
  <tr><th>户口所在地</th><td colspan="3">${e(x.hukou!)}</td><th>最高学历</th><td colspan="2">${hi.qual}（${e(hi.major ?? '')}）</td></tr>
  <tr><th>现住址</th><td colspan="6">${e(p.address)}</td></tr>
  <tr><th>联系电话</th><td colspan="2">${e(p.phonePrinted)}</td><th>QQ/邮箱</th><td colspan="3">${e(p.email)}</td></tr>
  <tr><th>紧急联系人</th><td colspan="6">${e(x.emergency!)}</td></tr>
  <tr><th rowspan="${p.education.length + 1}">教育<br>经历</th><th colspan="2">起止年月</th><th colspan="2">学校名称</th><th>专业</th><th>学历</th></tr>
  ${p.education.map((d) => `<tr><td colspan="2">${fmt(d.start, 'zh')}—${fmt(d.end, 'zh')}</td><td colspan="2">${e(d.school)}</td><td>${e(d.major ?? '')}</td><td>${e(d.qual)}</td></tr>`).join('')}
  <tr><th rowspan="${p.jobs.length + 1}">工作<br>经历</th><th colspan="2">起止年月</th><th colspan="2">工作单位</th><th>岗位</th><th>离职原因</th></tr>
  ${p.jobs.map((j) => `<tr><td colspan="2">${fmt(j.start, 'zh')}—${fmtEnd(j.end, 'zh', '至今')}</td><td colspan="2">${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.reason || '—')}</td></tr>`).join('')}
  <tr><th>技能特长</th><td colspan="6">${skills(p).map(e).join('，')}</td></tr>
  <tr><th>持有证书</th><td colspan="6">${p.certs.map(e).join('；')}</td></tr>
  <tr><th>家庭成员</th><td colspan="6">${e(x.family!)}</td></tr>
  <tr><th>期望薪资</th><td colspan="2">${e(x.salaryExpect!)}</td><th>是否住宿</th><td>${x.dorm}</td><th>工衣尺码</th><td>${x.size}</td></tr>
  <tr><td colspan="7" style="font-size:8.5pt;height:auto;padding:6px">员工声明：本人保证以上所填内容真实、准确，如有虚假，愿承担由此产生的一切后果，公司有权解除劳动关系。<br><br>员工签名：　　　　　　　　　　　　　　日期：　　年　　月　　日</td></tr></table>
  <div style="font-size:8pt;margin-top:4px">佛山市顺泰精工机械有限公司 人力资源部制　　HR-R-005</div>`, 'zh-CN');
}

/* ---------- Taiwan: 104 人力銀行 résumé export ---------- */
export function tw104(p: Person): string {
  const x = p.extra;
  const TOOLS = ['Google Classroom', 'Canva', 'PowerPoint'];
  const kv = (rows: [string, string][]) => `<table class="kv">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
  return html(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.5pt} .bar{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #ff7800;padding-bottom:4px}
  .logo{color:#ff7800;font-weight:bold;font-size:16pt} h1{font-size:18pt;margin:8px 0 2px} .meta{color:#666;font-size:8.5pt}
  h2{font-size:11pt;background:#f3f3f3;border-left:5px solid #ff7800;padding:3px 8px;margin:12px 0 4px} .kv th{width:22%;text-align:left;color:#555;font-weight:normal;padding:3px 6px;border-bottom:1px dotted #ccc} .kv td{padding:3px 6px;border-bottom:1px dotted #ccc}
  .job{border:1px solid #ddd;margin:5px 0;padding:0} .job .kv th{width:18%}`, `
  <div class="bar"><span class="logo">104人力銀行</span><span class="meta">履歷代碼：${x.code}　最後更新：2026/10/28</span></div>
  <h1>${e(p.name)}</h1><div class="meta">女｜${x.age}歲｜${e(x.status!)}｜${e(p.occupation)}</div>
  <h2>個人資料</h2>${kv([['英文姓名', 'Chia-Jung Lin'], ['性別', '女'], ['出生年月', `${p.birth.slice(0, 4)}/${Number(p.birth.slice(5, 7))}`], ['就業狀態', e(x.status!)], ['兵役狀態', x.military!], ['主要手機', e(p.phonePrinted)], ['E-mail', e(p.email)], ['通訊地址', e(p.address)], ['聯絡方式', '手機、E-mail；平日晚上 7 點後方便聯絡']])}
  <h2>學歷</h2>${p.education.map((d) => kv([['學校名稱', `${e(d.school)}（${d.city}）`], ['科系名稱', e(d.major ?? '普通科')], ['就學期間', `${fmt(d.start, 'yyyy/m')}~${fmt(d.end, 'yyyy/m')}`], ['學歷', `${d.level}　${d.qual === '學士' ? '畢業' : d.qual}`]])).join('')}
  <h2>工作經歷　<span style="font-weight:normal;font-size:9pt">總年資 10~15年工作經驗</span></h2>
  ${newestFirst(p.jobs).map((j) => `<div class="job">${kv([['公司名稱', `<b>${e(j.company)}</b>`], ['職務名稱', e(j.title)], ['工作期間', `${fmt(j.start, 'yyyy/m')}~${j.end ? fmt(j.end, 'yyyy/m') : '仍在職'}（${durZh(j)}）`], ['產業類別', j.company.includes('補習班') ? '補習班' : '中小學校'], ['工作地點', e(j.city)], ['工作內容', j.duties.map(e).join('<br>')]])}</div>`).join('')}
  <h2>求職條件</h2>${kv([['希望性質', '全職工作'], ['希望職稱', e(x.position!)], ['希望地點', e(x.workplace!)], ['希望待遇', e(x.salaryExpect!)], ['可上班日', '錄取後一個月']])}
  <h2>語文能力</h2>${kv(p.languages.map((l) => { const m = l.match(/^(.+?)（(.+)）$/); return [m ? m[1]! : l, m ? m[2]! : ''] as [string, string]; }))}
  <h2>擅長工具</h2><p style="margin:3px 6px">${skills(p).filter((s) => TOOLS.includes(s)).map(e).join('、')}</p>
  <h2>工作技能</h2><p style="margin:3px 6px">${skills(p).filter((s) => !TOOLS.includes(s)).map(e).join('、')}</p>
  <h2>證照</h2><p style="margin:3px 6px">${p.certs.map(e).join('、')}</p>
  <h2>自傳</h2><p style="margin:3px 6px">我畢業於英語教學系，在國小、補習班及私立雙語中學都累積了教學經驗。教學上重視學生的口說與閱讀素養，近年協助學校推動雙語課程與數位教學，也擔任教學組長統籌排課及評量工作。希望能在新的環境持續成長。</p>`, 'zh-TW');
}

/* ---------- Macau: bilingual private-company job application form ---------- */
export function macauForm(p: Person): string {
  const x = p.extra;
  return html(`${FORM} body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9pt} .f{margin-bottom:6px} h1{text-align:center;font-size:14pt;margin:4px 0 0} .c{text-align:center} .en{font-size:7.5pt;color:#333;display:block}`, `
  <div class="c" style="font-weight:bold;font-size:11pt">澳門金沙灣酒店管理有限公司</div><div class="c" style="font-size:8.5pt">Sands Bay Hotel Management (Macau) Limited · 人力資源部 Human Resources Department</div>
  <h1>求職申請表</h1><div class="c" style="font-weight:bold">JOB APPLICATION FORM</div>
  <table class="f" style="margin-top:6px"><tr><td class="lbl">申請職位<span class="en">Position applied for</span></td><td>${e(x.position!)}</td><td class="lbl">期望薪金<span class="en">Expected salary</span></td><td>${e(x.salaryExpect!)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="5">個人資料 PERSONAL PARTICULARS</td></tr>
  <tr><td class="lbl">中文姓名<span class="en">Name in Chinese</span></td><td><b>${e(p.name)}</b></td><td class="lbl">英文姓名<span class="en">Name in English</span></td><td>${x.english!.toUpperCase()}</td><td class="photo" rowspan="5">相片<br>Photo</td></tr>
  <tr><td class="lbl">性別<span class="en">Sex</span></td><td>女 F</td><td class="lbl">出生日期<span class="en">Date of birth</span></td><td>${birthFmt(p, 'dd/mm/yyyy')}</td></tr>
  <tr><td class="lbl">身份證明文件<span class="en">ID type</span></td><td>${x.idtype}</td><td class="lbl">號碼<span class="en">No.</span></td><td>${x.bir}</td></tr>
  <tr><td class="lbl">聯絡電話<span class="en">Contact no.</span></td><td>${e(p.phonePrinted)}</td><td class="lbl">電郵<span class="en">E-mail</span></td><td>${e(p.email)}</td></tr>
  <tr><td class="lbl">婚姻狀況<span class="en">Marital status</span></td><td>${p.marital}</td><td class="lbl">通知期<span class="en">Notice period</span></td><td>${x.notice}</td></tr>
  <tr><td class="lbl">住址<span class="en">Address</span></td><td colspan="4">${e(p.address)}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="5">學歷 EDUCATION</td></tr><tr><th>由 From</th><th>至 To</th><th>學校名稱 School</th><th>課程 Programme</th><th>證書 Award</th></tr>
  ${p.education.map((d) => `<tr><td>${fmt(d.start, 'mm/yyyy')}</td><td>${fmt(d.end, 'mm/yyyy')}</td><td>${e(d.school)}</td><td>${e(d.major ?? '')}</td><td>${e(d.qual)}</td></tr>`).join('')}</table>
  <table class="f"><tr><td class="sec" colspan="6">工作經驗 EMPLOYMENT HISTORY（由最近開始 latest first）</td></tr>
  <tr><th>由 From</th><th>至 To</th><th>公司名稱 Company</th><th>職位 Position</th><th>月薪 Salary</th><th>離職原因 Reason for leaving</th></tr>
  ${newestFirst(p.jobs).map((j) => `<tr><td>${fmt(j.start, 'mm/yyyy')}</td><td>${fmtEnd(j.end, 'mm/yyyy', '現職 Present')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.salary ?? '')}</td><td>${e(j.reason || '—')}</td></tr>`).join('')}
  <tr><td colspan="6" style="font-size:8pt">* 2022年1月至6月：${e(p.breaks![0]!.note)}</td></tr></table>
  <table class="f"><tr><td class="sec">技能 SKILLS</td></tr><tr><td>${skills(p).map(e).join('、')}</td></tr></table>
  <table class="f"><tr><td class="sec" colspan="2">語言能力 LANGUAGES ／ 專業資格 QUALIFICATIONS</td></tr><tr><td>${p.languages.map(e).join('<br>')}</td><td>${p.certs.map(e).join('<br>')}</td></tr></table>
  <table class="f"><tr><td class="lbl">曾否在本公司或關聯公司工作？<span class="en">Previously employed by us?</span></td><td>否 No</td><td class="lbl">如何得知職位<span class="en">Source</span></td><td>公司網站 Website</td></tr></table>
  <p style="font-size:8pt">本人聲明以上資料全屬真確。如有虛報，公司有權終止聘用。I declare that the information given is true and complete.</p>
  <table style="margin-top:8px"><tr><td>日期 Date：02/11/2026</td><td style="width:40%;border-top:1px solid #000;text-align:center">申請人簽署 Signature</td></tr></table>`, 'zh-HK');
}
