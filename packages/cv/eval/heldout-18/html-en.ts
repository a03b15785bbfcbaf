/** English HTML templates (printed by Chromium). Each imitates a real-world convention named in NOTES.md. */
import type { Person } from './people.ts';
import { d, e, newestFirst, oldestFirst, sentences, skills, span, MONTH } from './fmt.ts';

export const BASE = `*{box-sizing:border-box} html,body{margin:0;padding:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
table{border-collapse:collapse} tr,li,.keep{break-inside:avoid}`;
export const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${BASE}\n${css}</style></head><body>${body}</body></html>`;

/** Ontario-style trade equivalency assessment application: one labelled block per employer, hours claimed, declaration. */
export function tradeq(p: Person): string {
  const css = `body{font:9.5pt "Liberation Sans",Arial,sans-serif;color:#000}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #1d4f91;padding-bottom:4px}
  .top .org{font-weight:bold;font-size:11pt;color:#1d4f91}.top .form{font-size:8pt;text-align:right}
  h1{font-size:14pt;margin:8px 0 2px}.sub{font-size:8.5pt;margin-bottom:8px}
  h2{background:#1d4f91;color:#fff;font-size:9.5pt;padding:3px 6px;margin:10px 0 0}
  table{width:100%}td{border:1px solid #555;padding:2px 5px;vertical-align:top;height:30px}
  td .l{display:block;font-size:7pt;color:#333}td .v{display:block;font-size:9.5pt;margin-top:1px}
  .emp{margin-top:6px}.emp caption{text-align:left;font-weight:bold;font-size:9pt;padding:2px 0}
  .decl{font-size:8.5pt;border:1px solid #555;padding:6px;margin-top:8px}
  .sig{display:flex;gap:20px;margin-top:18px}.sig div{flex:1;border-top:1px solid #000;font-size:7.5pt;padding-top:2px}
  .foot{font-size:7pt;color:#444;margin-top:10px;display:flex;justify-content:space-between}`;
  const c = (l: string, v: string, span = 1) => `<td colspan="${span}"><span class="l">${l}</span><span class="v">${e(v)}</span></td>`;
  const hours = (j: { start: string; end: string | null }) => {
    const [ys, ms] = j.start.split('-').map(Number); const [ye, me] = (j.end ?? '2026-11').split('-').map(Number);
    return ((ye - ys) * 12 + me - ms + 1) * 160;
  };
  const emps = newestFirst(p).map((j, i) => `<table class="emp keep"><caption>Employer ${i + 1}</caption>
    <tr>${c('Employer name (legal/operating name)', j.company, 2)}${c('Employer telephone', j.employerPhone ?? '')}</tr>
    <tr>${c('Employer address (street, city, province, postal code)', j.employerAddress ?? j.city, 3)}</tr>
    <tr>${c('Name and title of supervisor', j.supervisor ?? '')}${c('Your job title', j.title)}${c('Employment status', 'Full-time')}</tr>
    <tr>${c('Start date (yyyy/mm/dd)', d(j.start, 'YYYY/MM/DD'))}${c('End date (yyyy/mm/dd)', d(j.end, 'YYYY/MM/DD', 'Currently employed', true))}${c('Hours worked in trade (approx.)', hours(j).toLocaleString('en-CA'))}</tr>
  </table>`).join('');
  return page('en', css, `
  <div class="top"><div class="org">Skilled Trades Certification Office</div><div class="form">Form TEA-1 (2026)<br>Page 1 of 2</div></div>
  <h1>Trade Equivalency Assessment – Application</h1>
  <div class="sub">For experienced workers seeking to challenge the Certificate of Qualification exam. Print clearly or complete electronically.</div>
  <h2>Section 1 – Applicant information</h2>
  <table><tr>${c('Last name', p.surname)}${c('First name', p.given)}${c('Middle name', '')}</tr>
  <tr>${c('Full name as it should appear on certificate', p.name, 2)}${c('Date of birth (yyyy/mm/dd)', p.born.replace(/-/g, '/'))}</tr>
  <tr>${c('Mailing address', p.address, 3)}</tr>
  <tr>${c('Telephone (primary)', p.phoneLocal)}${c('Email address', p.email)}${c('Client ID (if known)', '')}</tr></table>
  <h2>Section 2 – Trade</h2>
  <table><tr>${c('Trade applying for', '309A – Electrician: Construction and Maintenance', 2)}${c('Exam language', 'English')}</tr></table>
  <h2>Section 3 – Work experience in the trade (most recent first; attach employer letters)</h2>
  ${emps}
  <h2>Section 4 – Skills and competencies performed</h2>
  <table><tr><td style="height:auto"><span class="l">List the main trade skills, tools and systems you have worked with</span><span class="v">${skills(p).map(e).join('; ')}</span></td></tr>
  <tr><td style="height:auto"><span class="l">Certificates and safety training held (attach copies)</span><span class="v">${p.certs.map(e).join('; ')}</span></td></tr></table>
  <h2>Section 5 – Declaration</h2>
  <div class="decl keep">I declare that the information provided in this application is true and complete. I understand that false information may result in my application being refused and any certificate issued being revoked. I consent to the office contacting the employers listed above to verify my experience.
  <div class="sig"><div>Signature of applicant</div><div>Print name: <b>${e(p.name)}</b></div><div>Date: 2026/11/09</div></div></div>
  <div class="foot"><span>Personal information is collected under the Building Opportunities in the Skilled Trades Act, 2021.</span><span>TEA-1 (2026/01)</span></div>`);
}

/** US/Canadian combination ("hybrid functional") résumé: profile, core competencies, achievements by theme, compact history. */
export function functional(p: Person): string {
  const css = `body{font:10.5pt "Liberation Serif","Times New Roman",serif;color:#111}
  header{text-align:center;border-bottom:2px solid #333;padding-bottom:6px}
  header h1{font-size:21pt;letter-spacing:2px;margin:0;font-variant:small-caps}header div{font-size:9.5pt;margin-top:3px}
  h2{font-size:11pt;letter-spacing:1.5px;text-transform:uppercase;border-bottom:1px solid #999;margin:14px 0 5px;padding-bottom:1px}
  .cols{columns:3;column-gap:18px;font-size:10pt}.cols div:before{content:"▪ ";color:#555}
  ul{margin:3px 0 6px 18px;padding:0}li{margin:2px 0}h3{font-size:10.5pt;margin:8px 0 2px;font-style:italic}
  .hist{width:100%}.hist td{padding:2px 0;vertical-align:top}.hist td:last-child{text-align:right;white-space:nowrap}`;
  const w = newestFirst(p);
  const theme = (t: string, items: string[]) => `<h3>${t}</h3><ul>${items.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`;
  return page('en', css, `<header><h1>${e(p.name)}</h1><div>${e(p.address)} &nbsp;•&nbsp; ${e(p.phoneLocal)} &nbsp;•&nbsp; ${e(p.email)}</div></header>
  <h2>Professional Profile</h2><p style="margin:3px 0">${e(p.summary)} Safety-first, comfortable leading small crews and training apprentices.</p>
  <h2>Core Competencies</h2><div class="cols">${skills(p).map((s) => `<div>${e(s)}</div>`).join('')}</div>
  <h2>Selected Accomplishments</h2>
  ${theme('Industrial Maintenance & Controls', [w[1].duties[1], w[0].duties[0]])}
  ${theme('Construction & Leadership', [w[2].duties[0], w[2].duties[1], w[0].duties[1]])}
  <h2>Employment History</h2><table class="hist">${w.map((j) => `<tr><td><b>${e(j.title)}</b>, ${e(j.company)} — ${e(j.city)}</td><td>${span(j, 'Mon YYYY')}</td></tr>`).join('')}</table>
  <h2>Licences & Certifications</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>Education</h2>${p.education.map((x) => `<div>${e(x.degree)}${x.field ? `, ${e(x.field)}` : ''} — ${e(x.school)}, ${e(x.city)} (${x.end.slice(0, 4)})</div>`).join('')}
  <p style="margin-top:14px;font-style:italic;text-align:center">References available upon request</p>`);
}

/** ERAS-style application CV print: label/value blocks per experience, training section, procedural skills. */
export function eras(p: Person): string {
  const css = `body{font:9.5pt "Liberation Sans",Arial,sans-serif;color:#000}
  .hd{display:flex;justify-content:space-between;font-size:8pt;border-bottom:1px solid #000;padding-bottom:3px}
  h1{font-size:13pt;text-align:center;margin:8px 0}h2{font-size:10pt;background:#d9d9d9;padding:2px 5px;margin:10px 0 4px}
  table.kv{width:100%;margin-bottom:6px}table.kv td{padding:1.5px 4px;vertical-align:top;border-bottom:1px dotted #bbb}
  table.kv td.k{width:30%;font-weight:bold}.blk{border:1px solid #888;padding:3px 4px;margin-bottom:6px}`;
  const kv = (rows: [string, string][]) => `<table class="kv">${rows.map(([k, v]) => `<tr><td class="k">${k}</td><td>${e(v)}</td></tr>`).join('')}</table>`;
  const w = newestFirst(p);
  const training = w.filter((j) => j.company === 'Chesapeake Valley Medical Center');
  const other = w.filter((j) => j.company !== 'Chesapeake Valley Medical Center');
  const blk = (j: typeof w[number], type: string) => `<div class="blk keep">${kv([['Experience Type:', type], ['Organization:', j.company], ['Position/Role:', j.title],
    ['City/State:', j.city], ['Start Date:', d(j.start, 'MM/YYYY')], ['End Date:', j.end ? d(j.end, 'MM/YYYY') : 'Ongoing'],
    ['Supervisor:', j.supervisor ?? ''], ['Description:', sentences(j.duties)]])}</div>`;
  return page('en', css, `<div class="hd"><span>AAMC ID: 15720963</span><span>Fellowship Applicant CV</span><span>Printed: 11/09/2026</span></div>
  <h1>${e(p.name)}, MD</h1>
  <h2>Personal Information</h2>${kv([['Name:', `${p.given} ${p.surname}`], ['Previous Last Name:', 'N/A'], ['Preferred Email:', p.email], ['Preferred Phone #:', `${p.phoneLocal} (Cell)`],
    ['Present Mailing Address:', p.address], ['Citizenship:', p.nationality]])}
  <h2>Education</h2>${p.education.map((x) => kv([['Institution:', x.school], ['Degree:', `${x.degree}, ${x.field}`], ['Dates Attended:', `${d(x.start, 'MM/YYYY')} - ${d(x.end, 'MM/YYYY')}`]])).join('')}
  <h2>Postgraduate Training</h2>${training.map((j) => blk(j, 'Residency – Internal Medicine (Categorical)')).join('')}
  <h2>Experiences</h2>${other.map((j) => blk(j, j.title.includes('Research') ? 'Research' : 'Work')).join('')}
  <h2>Licensure &amp; Certifications</h2>${kv(p.certs.map((c, i) => [`Item ${i + 1}:`, c] as [string, string]))}
  <h2>Procedural and Technical Skills</h2><div style="padding:2px 4px">${skills(p).map(e).join('; ')}</div>
  <h2>Language Fluency</h2><div style="padding:2px 4px">${p.languages.map(e).join('; ')}</div>`);
}

/** Kickresume-style: coloured header band, two balanced columns without a sidebar panel. */
export function kick(p: Person): string {
  const css = `body{font:9.6pt "DejaVu Sans",sans-serif;color:#222}
  .band{background:#0f6e6e;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:center}
  .band h1{margin:0;font-size:22pt;font-weight:bold}.band .t{font-size:10.5pt;opacity:.9}.band .c{font-size:8.5pt;text-align:right;line-height:1.55}
  .grid{display:grid;grid-template-columns:1fr 1fr;gap:20px;margin-top:12px}
  h2{font-size:10.5pt;color:#0f6e6e;text-transform:uppercase;letter-spacing:1px;border-bottom:2px solid #0f6e6e;margin:8px 0 6px;padding-bottom:2px}
  .job{margin-bottom:9px}.job .r{font-weight:bold}.job .m{color:#555;font-size:8.6pt}ul{margin:3px 0 0 15px;padding:0}
  .tag{display:inline-block;border:1px solid #0f6e6e;border-radius:9px;padding:1px 7px;margin:2px 2px;font-size:8.6pt}`;
  const w = newestFirst(p);
  return page('en', css, `<div class="band"><div><h1>${e(p.name)}</h1><div class="t">Chartered Civil Engineer · WASH Specialist</div></div>
  <div class="c">${e(p.email)}<br>${e(p.phoneLocal)}<br>${e(p.city)}, United Kingdom</div></div>
  <div class="grid"><div>
   <h2>Work Experience</h2>${w.map((j) => `<div class="job keep"><div class="r">${e(j.title)}</div><div class="m">${e(j.company)} | ${e(j.city)}<br>${span(j, 'MM/YYYY', ' – ', 'present')}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
   ${p.gaps?.map((g) => `<div class="m" style="font-size:8.6pt;color:#555">${span(g, 'MM/YYYY')}: ${e(g.note)}</div>`).join('') ?? ''}
  </div><div>
   <h2>Profile</h2><div>${e(p.summary)}</div>
   <h2>Skills</h2><div>${skills(p).map((s) => `<span class="tag">${e(s)}</span>`).join('')}</div>
   <h2>Education</h2>${p.education.map((x) => `<div class="job"><div class="r">${e(x.degree)} ${e(x.field)}</div><div class="m">${e(x.school)}<br>${d(x.start, 'MM/YYYY')} – ${d(x.end, 'MM/YYYY')}</div></div>`).join('')}
   <h2>Certificates</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
   <h2>Languages</h2><ul>${p.languages.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  </div></div>`);
}

/** RenderCV "classic" look: centred name, contact row, coloured headings, company-left/dates-right entries. */
export function rendercv(p: Person): string {
  const css = `body{font:10pt "DejaVu Serif",serif;color:#000}h1{text-align:center;font-size:24pt;color:#004f90;margin:0 0 3px;font-weight:normal}
  .ct{text-align:center;font-size:9pt}.ct span{margin:0 7px}
  h2{color:#004f90;font-size:12.5pt;font-weight:normal;margin:13px 0 5px;display:flex;align-items:center;gap:8px}h2:after{content:"";flex:1;border-top:1px solid #004f90}
  .e{display:grid;grid-template-columns:1fr auto;margin:6px 0 2px}.e .r{text-align:right}ul{margin:1px 0 4px 16px;padding:0}li{margin:1px 0}`;
  const w = newestFirst(p);
  const sk = skills(p);
  return page('en', css, `<h1>${e(p.name)}</h1><div class="ct"><span>✉ ${e(p.email)}</span><span>☎ ${e(p.phone.replace(/^\+44(\d{4})(\d{6})$/, '+44 $1 $2'))}</span><span>⌂ ${e(p.city)}, UK</span></div>
  <h2>Summary</h2><div>${e(p.summary)}</div>
  <h2>Experience</h2>${w.map((j) => `<div class="keep"><div class="e"><b>${e(j.company)}</b><span class="r">${e(j.city)}</span><i>${e(j.title)}</i><span class="r">${span(j, 'Mon YYYY', ' – ', 'present')}</span></div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<div class="e"><b>${e(x.school)}</b><span class="r">${d(x.start, 'Mon YYYY')} – ${d(x.end, 'Mon YYYY')}</span><i>${e(x.degree)} in ${e(x.field)}</i><span></span></div>`).join('')}
  <h2>Technologies</h2><div><b>Software:</b> ${[sk[0], sk[1], sk[6]].map(e).join(', ')}</div><div><b>Technical:</b> ${[sk[2], sk[3], sk[4], sk[5]].map(e).join(', ')}</div>
  <h2>Professional Registration</h2><div>${p.certs.map(e).join(' · ')}</div>
  <h2>Languages</h2><div>${p.languages.map(e).join(' · ')}</div>`);
}

/** Canadian Common CV (CCV) generated PDF: identification block, label/value lines, dated employment grid. */
export function ccv(p: Person): string {
  const css = `body{font:9pt "Liberation Sans",Arial,sans-serif}.hd{display:flex;justify-content:space-between;border-bottom:1px solid #000;font-size:8pt;padding-bottom:2px}
  h1{font-size:12pt;margin:6px 0 0}h2{font-size:10.5pt;margin:12px 0 3px;border-bottom:1px solid #666}h3{font-size:9.5pt;margin:8px 0 2px}
  table{width:100%}td{padding:1.5px 3px;vertical-align:top}td.k{width:27%;font-weight:bold}td.dt{width:22%;white-space:nowrap}
  .sub td{font-size:8.5pt;color:#222}.sub td.k{font-weight:normal;padding-left:22%}`;
  const kv = (rows: [string, string][]) => `<table>${rows.map(([k, v]) => `<tr><td class="k">${k}</td><td>${e(v)}</td></tr>`).join('')}</table>`;
  const ccvd = (s: string | null) => (s ? d(s, 'YYYY/M') : 'present');
  const w = newestFirst(p);
  const acad = w.filter((j) => j.company === 'University of the Northern Prairies');
  const non = w.filter((j) => j.company !== 'University of the Northern Prairies');
  const row = (j: typeof w[number], extra: [string, string][]) => `<tr class="keep"><td class="dt">${ccvd(j.start)} - ${ccvd(j.end)}</td><td><b>${e(j.title.split(',')[0])}</b>${j.title.includes(',') ? `, ${e(j.title.split(', ')[1])}` : ''}, ${e(j.company)}<br>${extra.map(([k, v]) => `${k}: ${e(v)}`).join('<br>')}</td></tr>`;
  return page('en', css, `<div class="hd"><span>Canadian Common CV</span><span>NSERC Discovery Grant — Personal Data Form CV</span><span>2026/11/04</span></div>
  <h1>${e(p.name)}</h1><div>Correspondence language: English · Sex: Female</div>
  <h2>Identification</h2>${kv([['Title', 'Dr.'], ['Family Name', p.surname], ['First Name', p.given], ['Country of Citizenship', 'Canada'], ['Canadian Residency Status', 'Canadian Citizen']])}
  <h2>Language Skills</h2><table><tr><td class="k">Language</td><td>Read / Write / Speak / Understand / Peer Review</td></tr><tr><td class="k">English</td><td>Yes / Yes / Yes / Yes / Yes</td></tr><tr><td class="k">French</td><td>Yes / No / No / Yes / No</td></tr></table>
  <h2>Addresses</h2>${kv([['Primary Affiliation', 'Department of Soil Science, College of Agriculture, University of the Northern Prairies, 51 Campus Drive, Saskatoon, Saskatchewan, S7N 5A8']])}
  <h2>Telephone</h2>${kv([['Work', `306-966-4480 ext. 2`], ['Mobile (Primary)', p.phoneLocal]])}
  <h2>Email</h2>${kv([['Work (Primary)', p.email]])}
  <h2>Degrees</h2><table>${p.education.map((x) => `<tr><td class="dt">${ccvd(x.start)} - ${ccvd(x.end)}</td><td><b>${x.degree === 'PhD' ? 'Doctorate' : 'Bachelor\'s Honours'}, ${e(x.field)}</b>, ${e(x.school)}<br>Degree Status: Completed</td></tr>`).join('')}</table>
  <h2>Employment</h2><h3>Academic Work Experience</h3><table>${acad.map((j) => row(j, [['Position Type', 'Full-time'], ['Tenure Status', j.title.startsWith('Assistant') ? 'Tenure-track' : 'Non Tenure-track']])).join('')}</table>
  <h3>Non-academic Work Experience</h3><table>${non.map((j) => row(j, [['Position Type', j.internship ? 'Part-time (summer internship)' : 'Full-time']])).join('')}</table>
  <h2>Research Expertise</h2>${kv([['Research Techniques', skills(p).join('; ')], ['Research Disciplines', 'Soil Sciences; Biogeochemistry'], ['Areas of Research', 'Soil carbon sequestration; Grassland ecosystems']])}
  <h2>Recognitions</h2><table><tr><td class="dt">2024/5</td><td>Early Career Researcher Award, Canadian Society of Soil Science</td></tr></table>`);
}

/** North American academic CV: appointments first, grants, publications, teaching, methods. */
export function academic(p: Person): string {
  const css = `body{font:10.5pt "Liberation Serif",serif;line-height:1.3}h1{font-size:17pt;margin:0;text-align:center}.c{text-align:center;font-size:9.5pt}
  h2{font-size:11pt;text-transform:uppercase;margin:14px 0 4px;border-bottom:.8px solid #000}
  .r{display:grid;grid-template-columns:118px 1fr;gap:8px;margin:2px 0}.pub{margin:3px 0 3px 22px;text-indent:-22px}`;
  const w = newestFirst(p);
  const row = (a: string, b: string) => `<div class="r keep"><div>${a}</div><div>${b}</div></div>`;
  return page('en', css, `<h1>${e(p.name)}, PhD, P.Ag.</h1><div class="c">Department of Soil Science · University of the Northern Prairies · 51 Campus Drive, Saskatoon SK S7N 5A8<br>${e(p.email)} · ${e(p.phoneLocal)}</div>
  <h2>Academic Appointments</h2>${w.filter((j) => j.company.startsWith('University')).map((j) => row(span(j, 'Mon YYYY', ' – ', 'present'), `<b>${e(j.title)}</b><br>${e(j.company)}`)).join('')}
  <h2>Education</h2>${p.education.map((x) => row(x.end.slice(0, 4), `${e(x.degree)}, ${e(x.field)}, ${e(x.school)}, ${e(x.city)}`)).join('')}
  <h2>Other Employment</h2>${w.filter((j) => !j.company.startsWith('University')).map((j) => row(`${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')}`, `${e(j.title)}, ${e(j.company)}, ${e(j.city)}`)).join('')}
  <h2>Research Funding (selected)</h2>${row('2022–2027', 'NSERC Discovery Grant, “Carbon persistence in perennial prairie forage soils”, PI, $185,000')}${row('2021–2024', 'Saskatchewan Agriculture Development Fund, co-PI, $420,000')}
  <h2>Selected Publications</h2><div class="pub">Letendre, N., Morin, K., &amp; Baptiste, A. (2025). Isotopic evidence for deep root carbon inputs under alfalfa–grass stands. <i>Soil Biology and Biochemistry</i>, 201, 109644.</div>
  <div class="pub">Letendre, N., &amp; Whitford, D. (2022). Eddy covariance estimates of net ecosystem exchange in restored grassland. <i>Agricultural and Forest Meteorology</i>, 318, 108910.</div>
  <h2>Teaching</h2>${row('2021–present', 'SLSC 240 Introduction to Soil Science (≈180 students/yr)')}${row('2022–present', 'SLSC 843 Soil Organic Matter Dynamics (graduate)')}
  <h2>Methods and Technical Skills</h2><div>${skills(p).map(e).join(' · ')}</div>
  <h2>Service</h2><div>Associate Editor, <i>Canadian Journal of Soil Science</i> (2023–present)</div>`);
}

/** Workday candidate "Review" page print: My Information / My Experience, numbered label-value blocks. */
export function workday(p: Person): string {
  const uk = p.phone.startsWith('+44');
  const css = `body{font:9.5pt "Liberation Sans",Arial,sans-serif;color:#333}
  .bar{background:#0875e1;color:#fff;padding:8px 12px;font-size:11pt;font-weight:bold}.steps{font-size:8pt;color:#666;padding:4px 12px;border-bottom:1px solid #ddd}
  h2{font-size:12pt;color:#000;margin:14px 0 4px}h3{font-size:10pt;margin:10px 0 2px;color:#000}
  .f{display:grid;grid-template-columns:190px 1fr;padding:3px 0;border-bottom:1px solid #eee}.f .k{color:#666}.f .v{color:#000}
  .chip{display:inline-block;background:#eef3f9;border:1px solid #c7d6ea;border-radius:12px;padding:1px 8px;margin:2px;font-size:8.8pt;color:#000}`;
  const f = (k: string, v: string) => `<div class="f"><span class="k">${k}</span><span class="v">${e(v)}</span></div>`;
  const w = newestFirst(p);
  const [street, ...rest] = p.address.split(', ');
  return page('en', css, `<div class="bar">${uk ? 'Northbank Fulfilment Careers' : 'Careers at Tidewell Health'} — Application</div>
  <div class="steps">My Information ✓ &nbsp;›&nbsp; My Experience ✓ &nbsp;›&nbsp; Application Questions ✓ &nbsp;›&nbsp; Voluntary Disclosures ✓ &nbsp;›&nbsp; <b>Review</b></div>
  <div style="padding:0 4px"><h2>Review</h2><div>${uk ? 'Operations Manager – Inbound (R-0028841)' : 'Principal Software Engineer, Platform (JR104233)'}</div>
  <h2>My Information</h2>
  ${f('How Did You Hear About Us?', uk ? 'Job board – S1jobs' : 'Referral')}${f('Country', uk ? 'United Kingdom' : 'United States of America')}
  ${f('Legal Name', `${p.given} ${p.surname}`)}${f('Address Line 1', street)}${f('City / Postal Code', rest.join(', '))}
  ${f('Email Address', p.email)}${f('Phone Device Type', 'Mobile')}${f('Country Phone Code', uk ? 'United Kingdom (+44)' : 'United States of America (+1)')}${f('Phone Number', p.phoneLocal)}
  <h2>My Experience</h2>
  ${w.map((j, i) => `<div class="keep"><h3>Work Experience ${i + 1}</h3>${f('Job Title', j.title)}${f('Company', j.company)}${f('Location', j.city)}${f('I currently work here', j.end ? 'No' : 'Yes')}${f('From', d(j.start, 'MM/YYYY'))}${j.end ? f('To', d(j.end, 'MM/YYYY')) : ''}${f('Role Description', sentences(j.duties))}</div>`).join('')}
  ${p.education.map((x, i) => `<div class="keep"><h3>Education ${i + 1}</h3>${f('School or University', x.school)}${f('Degree', x.degree)}${x.field ? f('Field of Study', x.field) : ''}${f('From – To (Actual or Expected)', `${x.start.slice(0, 4)} – ${x.end.slice(0, 4)}`)}</div>`).join('')}
  <h3>Certifications</h3>${p.certs.map((c) => f('Certification', c)).join('')}
  <h3>Languages</h3>${p.languages.map((c) => f('Language', c)).join('')}
  <h3>Skills</h3><div>${skills(p).map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>
  <h3>Resume/CV</h3>${f('File', `${p.surname}_${p.given}_CV.pdf`)}
  <h2>Application Questions</h2>${f('Are you legally authorized to work in this country?', 'Yes')}${f('Will you now or in the future require sponsorship?', 'No')}
  </div>`);
}

/** SAP SuccessFactors Recruiting "Candidate Profile" print: grid tables for employment, education, competencies. */
export function sfsf(p: Person): string {
  const us = p.phone.startsWith('+1');
  const st = us ? 'MM/DD/YYYY' : 'DD/MM/YYYY';
  const css = `body{font:9pt "Liberation Sans",Arial,sans-serif;color:#222}.hd{background:#354a5f;color:#fff;padding:7px 10px;display:flex;justify-content:space-between}
  .hd b{font-size:12pt}h2{font-size:10pt;color:#0a6ed1;border-bottom:2px solid #0a6ed1;margin:12px 0 4px;padding-bottom:1px}
  table{width:100%}th{background:#eff4f9;text-align:left;font-weight:bold;border:1px solid #c6d2de;padding:3px 4px;font-size:8.5pt}
  td{border:1px solid #c6d2de;padding:3px 4px;vertical-align:top}.kv td:nth-child(odd){background:#f7f7f7;width:20%;color:#555}`;
  const w = newestFirst(p);
  const cc = us ? 'United States' : 'South Africa';
  return page('en', css, `<div class="hd"><b>Candidate Profile: ${e(p.name)}</b><span>Last modified ${us ? '11/03/2026' : '03/11/2026'}</span></div>
  <h2>Contact Information</h2><table class="kv"><tr><td>First Name</td><td>${e(p.given)}</td><td>Last Name</td><td>${e(p.surname)}</td></tr>
  <tr><td>Email</td><td>${e(p.email)}</td><td>Cell Phone</td><td>${e(p.phoneLocal)}</td></tr><tr><td>Address</td><td colspan="3">${e(p.address)}</td></tr>
  <tr><td>Country/Region</td><td>${cc}</td><td>Willing to relocate</td><td>${us ? 'No' : 'Yes'}</td></tr></table>
  <h2>Previous Employment</h2><table><tr><th>From Date</th><th>End Date</th><th>Employer</th><th>Job Title</th><th>Location</th><th>Present Employer</th></tr>
  ${w.map((j) => `<tr><td>${d(j.start, st)}</td><td>${j.end ? d(j.end, st, '', true) : ''}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.city)}</td><td>${j.end ? 'No' : 'Yes'}</td></tr>`).join('')}</table>
  <h2>Education</h2><table><tr><th>School</th><th>Degree</th><th>Major</th><th>Start Date</th><th>End Date</th></tr>
  ${p.education.map((x) => `<tr><td>${e(x.school)}</td><td>${e(x.degree)}</td><td>${e(x.field)}</td><td>${d(x.start, st)}</td><td>${d(x.end, st, '', true)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><th>Skill</th><th>Proficiency</th><th>Years of Experience</th></tr>
  ${skills(p).map((s, i) => `<tr><td>${e(s)}</td><td>${['Expert', 'Advanced', 'Advanced', 'Intermediate'][i % 4]}</td><td>${[8, 6, 5, 4, 7, 3, 5, 6][i % 8]}</td></tr>`).join('')}</table>
  <h2>Languages</h2><table><tr><th>Language</th><th>Proficiency</th></tr>${p.languages.map((l) => { const [a, b] = l.split(' ('); return `<tr><td>${e(a)}</td><td>${e((b ?? 'Fluent').replace(')', ''))}</td></tr>`; }).join('')}</table>
  <h2>Certifications and Licenses</h2><table><tr><th>Name</th></tr>${p.certs.map((c) => `<tr><td>${e(c)}</td></tr>`).join('')}</table>
  <h2>Attachments</h2><table class="kv"><tr><td>Resume</td><td>${e(p.given)}_${e(p.surname)}_Resume.pdf</td></tr></table>`);
}

/** FlowCV-style: name/role left, contacts right, 62/38 content split with experience left. */
export function flowcv(p: Person): string {
  const css = `body{font:9.5pt "Liberation Sans",Arial,sans-serif;color:#1f2933}.top{display:flex;justify-content:space-between;align-items:flex-end;padding-bottom:8px;border-bottom:1px solid #cbd2d9}
  h1{font-size:24pt;margin:0;color:#102a43}.role{color:#627d98;font-size:11pt}.ct{text-align:right;font-size:8.8pt;line-height:1.6}
  .g{display:grid;grid-template-columns:62% 1fr;gap:22px}h2{font-size:10pt;text-transform:uppercase;letter-spacing:1.2px;color:#334e68;margin:12px 0 6px}
  .j{margin-bottom:9px}.j .t{font-weight:bold}.j .m{display:flex;justify-content:space-between;color:#627d98;font-size:8.8pt}ul{margin:3px 0 0 14px;padding:0}
  .sk div{padding:2px 0;border-bottom:1px dashed #d9e2ec}`;
  const w = newestFirst(p);
  return page('en', css, `<div class="top"><div><h1>${e(p.name)}</h1><div class="role">Staff Software Engineer</div></div><div class="ct">${e(p.email)}<br>${e(p.phoneLocal)}<br>${e(p.city)}<br>github.com/jcastellanos-dev</div></div>
  <div class="g"><div><h2>Professional Experience</h2>${w.map((j) => `<div class="j keep"><div class="t">${e(j.title)}, ${e(j.company)}</div><div class="m"><span>${e(j.city)}</span><span>${span(j, 'MM/YYYY', ' – ', 'present')}</span></div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}</div>
  <div><h2>Profile</h2><div>${e(p.summary)}</div><h2>Skills</h2><div class="sk">${skills(p).map((s) => `<div>${e(s)}</div>`).join('')}</div>
  <h2>Education</h2>${p.education.map((x) => `<div class="j"><div class="t">${e(x.degree)} ${e(x.field)}</div><div>${e(x.school)}</div><div style="color:#627d98">${d(x.start, 'MM/YYYY')} – ${d(x.end, 'MM/YYYY')}</div></div>`).join('')}
  <h2>Certificates</h2><div>${p.certs.map(e).join('<br>')}</div><h2>Languages</h2><div>${p.languages.map(e).join(', ')}</div></div></div>`);
}

/** Rezi-style ATS one-pager: plain headings, role line then company/location line, dates right, grouped skills line. */
export function rezi(p: Person): string {
  const css = `body{font:10pt "Liberation Sans",Arial,sans-serif;color:#000}h1{text-align:center;font-size:19pt;margin:0}.c{text-align:center;font-size:9pt;margin:2px 0 6px}
  h2{font-size:10.5pt;border-bottom:1.2px solid #000;margin:11px 0 4px;letter-spacing:.5px}.row{display:flex;justify-content:space-between}
  ul{margin:2px 0 6px 16px;padding:0}li{margin:1px 0}`;
  const w = newestFirst(p);
  const sk = skills(p);
  return page('en', css, `<h1>${e(p.name.toUpperCase())}</h1><div class="c">${e(p.city)} | ${e(p.phoneLocal)} | ${e(p.email)} | linkedin.com/in/jordancastellanos</div>
  <h2>SUMMARY</h2><div>${e(p.summary)} Comfortable owning systems end to end, from schema design to on-call.</div>
  <h2>EXPERIENCE</h2>${w.map((j) => `<div class="keep"><div class="row"><b>${e(j.title)}</b><span>${span(j, 'Month YYYY', ' - ')}</span></div><div class="row"><i>${e(j.company)}</i><i>${e(j.city)}</i></div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
  <h2>SKILLS</h2><div><b>Languages:</b> ${[sk[0], sk[1]].join(', ')} &nbsp; <b>Data:</b> ${[sk[2], sk[4]].join(', ')} &nbsp; <b>Infrastructure:</b> ${[sk[3], sk[5], sk[6], sk[7]].map(e).join(', ')}</div>
  <h2>EDUCATION</h2>${p.education.map((x) => `<div class="row"><span><b>${e(x.degree)} ${e(x.field)}</b>, ${e(x.school)}</span><span>${MONTH[Number(x.end.slice(5, 7)) - 1]} ${x.end.slice(0, 4)}</span></div>`).join('')}
  <h2>CERTIFICATIONS</h2><div>${p.certs.map(e).join(', ')}</div>`);
}

/** VisualCV "Professional": full-width header and profile, then two columns (experience | education+skills). */
export function visualcv(p: Person): string {
  const zh = p.language !== 'en';
  const css = `body{font:9.4pt ${zh ? '"WenQuanYi Zen Hei",' : ''}"DejaVu Sans",sans-serif;color:#2b2b2b}
  .hd{border-left:6px solid #c0392b;padding:4px 12px}.hd h1{margin:0;font-size:21pt}.hd .t{color:#c0392b;font-size:11pt}.hd .c{font-size:8.6pt;margin-top:4px;color:#444}
  .prof{margin:10px 0;padding:6px 10px;background:#f6f6f6}.cols{display:grid;grid-template-columns:1.5fr 1fr;gap:20px}
  h2{font-size:10pt;color:#c0392b;text-transform:uppercase;margin:10px 0 5px;letter-spacing:1px}
  .j{margin-bottom:8px}.j b{display:block}.j .m{font-size:8.6pt;color:#666}ul{margin:2px 0 0 14px;padding:0}.sk li{margin:2px 0}`;
  const w = newestFirst(p);
  const title = zh ? 'Overseas Marketplace Manager · 跨境电商' : 'Monitoring, Evaluation & Learning Specialist';
  const nm = zh ? `${e(p.name)} <span style="font-size:14pt;color:#555">${e(p.nameAlt ?? '')}</span>` : e(p.name);
  return page(zh ? 'zh' : 'en', css, `<div class="hd"><h1>${nm}</h1><div class="t">${title}</div><div class="c">${e(p.email)} &nbsp;|&nbsp; ${e(zh ? p.phoneLocal : `+27 ${p.phoneLocal.slice(1)}`)} &nbsp;|&nbsp; ${e(p.city)}${zh ? ', China' : ''}</div></div>
  <div class="prof">${e(p.summary)}</div>
  <div class="cols"><div><h2>Work Experience</h2>${w.map((j) => `<div class="j keep"><b>${e(j.title)}</b><div class="m">${e(j.company)} — ${e(j.city)}<br>${span(j, 'Mon YYYY', ' – ', 'Present')}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}</div>
  <div><h2>Skills</h2><ul class="sk">${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Education</h2>${p.education.map((x) => `<div class="j"><b>${e(x.degree)}, ${e(x.field)}</b><div class="m">${e(x.school)}<br>${x.start.slice(0, 4)} – ${x.end.slice(0, 4)}</div></div>`).join('')}
  <h2>Languages</h2><ul class="sk">${p.languages.map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  ${p.certs.length ? `<h2>Certifications</h2><ul class="sk">${p.certs.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : ''}</div></div>`);
}

export { oldestFirst };
