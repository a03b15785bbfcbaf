/** Chromium (HTML/CSS) templates. Each takes a person and returns a full HTML document printed by printHtml. */
import type { Person } from './people.ts';
import { age, bornDmy, bornZh, d, esc, fullName, intl, recent, skills, span } from './common.ts';

const SANS = `'Liberation Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif`;
const SERIF = `'Liberation Serif', 'DejaVu Serif', 'WenQuanYi Zen Hei', serif`;
const ZH = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif`;
const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0}${css}</style></head><body>${body}</body></html>`;
const li = (xs: string[]) => `<ul>${xs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

/* 1. Maldivian employment application form (English version, state-owned companies / hospitals) — table */
export function mvJobform(p: Person): string {
  const css = `body{font:9.5pt ${SANS};color:#000}
  .top{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:2px solid #000;padding-bottom:6px}
  .top h1{font-size:15pt;margin:0}.top .sub{font-size:9pt}.photo{width:30mm;height:38mm;border:1px solid #000;font-size:8pt;display:flex;align-items:center;justify-content:center;text-align:center}
  h2{font-size:10pt;background:#d9d9d9;border:1px solid #000;border-bottom:none;margin:9px 0 0;padding:3px 5px}
  table{width:100%;border-collapse:collapse}td,th{border:1px solid #000;padding:3px 5px;vertical-align:top}th{background:#f2f2f2;font-size:8.5pt;text-align:left}
  td.l{font-weight:bold;background:#fafafa}.keep{break-inside:avoid}.ref{font-size:8pt;text-align:right}.sig td{height:14mm}`;
  const e = p.jobs.map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${d(j.start, 'DD/MM/YYYY')}</td><td>${d(j.end, 'DD/MM/YYYY', 'To date')}</td><td>${j.end ? 'Career development' : 'Currently employed'}</td></tr>`).join('');
  const body = `<div class="ref">Form No. HR-APP-01 (Rev. 3)</div>
  <div class="top"><div><h1>EMPLOYMENT APPLICATION FORM</h1><div class="sub">Post applied for: <b>Nurse Manager (Medical Ward)</b> &nbsp; Vacancy No.: (IUL)MED-2026/114<br>Please complete in BLOCK LETTERS. Attach copies of certificates, National ID card and registration.</div></div><div class="photo">Passport size<br>photograph</div></div>
  <h2>1. PERSONAL INFORMATION</h2><table style="table-layout:fixed"><colgroup><col style="width:27%"><col style="width:25%"><col style="width:17%"><col style="width:31%"></colgroup>
  <tr><td class="l">Full name</td><td colspan="3">${esc(p.name.toUpperCase())}</td></tr>
  <tr><td class="l">National ID card No.</td><td>${p.extra['National ID']}</td><td class="l" style="width:18%">Date of birth</td><td>${bornDmy(p)}</td></tr>
  <tr><td class="l">Sex</td><td>${p.gender === 'F' ? 'Female' : 'Male'}</td><td class="l">Marital status</td><td>${p.extra['Marital status']}</td></tr>
  <tr><td class="l">Permanent address (Island / Atoll)</td><td colspan="3">${esc(p.extra['Permanent address'])}</td></tr>
  <tr><td class="l">Present address</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><td class="l">Contact No.</td><td>${p.phoneLocal}</td><td class="l">Email</td><td>${p.email}</td></tr></table>
  <h2>2. EDUCATIONAL QUALIFICATIONS</h2><table><tr><th>Institution</th><th>Qualification obtained</th><th style="width:15%">From</th><th style="width:15%">To</th></tr>
  ${p.education.map((s) => `<tr><td>${esc(s.school)}</td><td>${esc(s.degree)}</td><td>${d(s.start, 'MM/YYYY')}</td><td>${d(s.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <h2>3. EMPLOYMENT HISTORY (starting with the earliest)</h2><table><tr><th>Employer / Organization</th><th>Designation</th><th style="width:13%">From</th><th style="width:13%">To</th><th style="width:18%">Reason for leaving</th></tr>${e}</table>
  <h2>4. PROFESSIONAL REGISTRATION, LICENCES AND TRAINING</h2><table>${p.certificates.map((c, i) => `<tr><td style="width:5%">${i + 1}</td><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>5. SKILLS AND COMPETENCIES</h2><table><tr><td>${skills(p).map(esc).join('; ')}</td></tr></table>
  <h2>6. LANGUAGES</h2><table><tr><td>${p.languages.join(', ')}</td></tr></table>
  <h2>7. REFEREES (not related to the applicant)</h2><table><tr><th>Name</th><th>Designation / Organization</th><th>Contact No.</th></tr>${p.referees.map((r) => `<tr><td>${r.name}</td><td>${r.role}, ${r.org}</td><td>${r.phone}</td></tr>`).join('')}</table>
  <div class="keep"><h2>8. DECLARATION</h2><table class="sig"><tr><td colspan="2" style="height:auto">I hereby declare that the information given in this form is true and correct to the best of my knowledge. I understand that any false information may lead to disqualification or dismissal.</td></tr><tr><td>Signature of applicant:</td><td style="width:35%">Date: 09/11/2026</td></tr></table>
  <table style="margin-top:8px;font-size:8pt"><tr><td colspan="3" style="background:#eee"><b>For office use only</b></td></tr><tr><td>Received by:</td><td>Date:</td><td>Shortlisted: Yes / No</td></tr></table></div>`;
  return page('en', css, body);
}

/* 2. ORCID record, printable view — single */
export function orcid(p: Person): string {
  const css = `body{font:10pt ${SANS};color:#2e2d29}.hdr{display:flex;justify-content:space-between;border-bottom:3px solid #a6ce39;padding-bottom:6px;font-size:8.5pt;color:#555}
  .logo{font:bold 16pt ${SANS};color:#a6ce39;letter-spacing:1px}h1{font-size:20pt;margin:14px 0 2px;font-weight:normal}.id{font-size:9.5pt;color:#2e7f9f}
  h2{font-size:12pt;margin:16px 0 6px;border-bottom:1px solid #ccc;padding-bottom:3px}.side{background:#f4f4f4;padding:6px 9px;font-size:9pt;margin-top:8px}
  .act{border:1px solid #ddd;border-radius:3px;padding:6px 9px;margin-bottom:6px;page-break-inside:avoid}.act b{font-size:10.5pt}.meta{font-size:8.5pt;color:#6a6a6a}.small{font-size:8.5pt;color:#666}`;
  const org = (j: { company: string; town?: string }) => `${esc(j.company)}: ${esc((j.town ?? '').replace(' (remote)', ''))}, ${p.nationality === 'British' ? 'GB' : p.nationality === 'Seychellois' ? 'SC' : 'SG'}`;
  const works = p.id === 'p07'
    ? ['Bovine TB skin-test reactor rates in island herds: a ten-year review. Veterinary Record, 2019. DOI: 10.1002/vetr.5519', 'Flock health clubs for crofters: a participatory approach. Livestock, 2023.']
    : p.id === 'p02'
      ? ['Recovery of reef fish assemblages after the 2020 bleaching on the Mahé Plateau. Western Indian Ocean J. Mar. Sci., 2022.', 'Spawning aggregations of shoemaker spinefoot in the inner islands: acoustic telemetry evidence. Fisheries Research, 2019.']
      : ['Bayesian forecasting of acute bed demand in a tertiary hospital. IEEE ICHI, 2018.', 'Switchback experiments for rider incentives under interference. KDD Workshop on Causal ML, 2024.'];
  const body = `<div class="hdr"><span class="logo">ORCID</span><span>Connecting Research and Researchers · printed from orcid.org on 09 Nov 2026</span></div>
  <h1>${esc(fullName(p, 'latin-first'))}</h1><div class="id">https://orcid.org/${p.extra.ORCID ?? '0000-0003-1902-6645'}</div>
  <div class="side"><b>Emails</b> ${p.email} &nbsp;·&nbsp; <b>Country</b> ${p.nationality === 'British' ? 'United Kingdom' : p.nationality === 'Seychellois' ? 'Seychelles' : 'Singapore'}<br>
  <b>Keywords</b> ${skills(p).map(esc).join(', ')}<br><b>Other names</b> ${p.latin ? `${esc(p.latin)}; ${p.name}` : esc(p.name.split(' ').slice(-1)[0] + ', ' + p.name.split(' ')[0][0] + '.')}</div>
  <h2>Biography</h2><p>${esc(p.summary)} Contact: ${intl(p)} (mobile).</p>
  <h2>Activities</h2><div class="small">Employment (${p.jobs.length})</div>
  ${recent(p).map((j) => `<div class="act"><b>${org(j)}</b><div>${d(j.start, 'YYYY-MM')} to ${j.end ? d(j.end, 'YYYY-MM') : 'present'} | ${esc(j.title)}</div><div class="meta">Employment · Source: ${esc(p.name)}</div></div>`).join('')}
  <div class="small">Education and qualifications (${p.education.length})</div>
  ${p.education.map((s) => `<div class="act"><b>${esc(s.school)}${s.town ? `: ${esc(s.town)}` : ''}</b><div>${d(s.start, 'YYYY-MM')} to ${d(s.end, 'YYYY-MM')} | ${esc(s.degree)}</div><div class="meta">Education · Source: ${esc(p.name)}</div></div>`).join('')}
  <div class="small">Works (${works.length})</div>${works.map((w) => `<div class="act">${esc(w)}<div class="meta">Journal article · Source: Crossref</div></div>`).join('')}
  <div class="small">Qualifications</div>${p.certificates.map((c) => `<div class="act">${esc(c)}<div class="meta">Qualification · Source: ${esc(p.name)}</div></div>`).join('')}`;
  return page('en', css, body);
}

/* 3. BrighterMonday (Kenya) profile CV download — two-column */
export function brighterMonday(p: Person): string {
  const css = `body{font:9.5pt ${SANS};color:#222}.wrap{display:flex;gap:0}.left{width:33%;background:#f3f7fb;padding:10px 12px;border-right:3px solid #ff6b00}.right{width:67%;padding:10px 0 0 16px}
  .av{width:64px;height:64px;border-radius:50%;background:#c7d4e2;margin-bottom:8px}h1{font-size:17pt;margin:0;color:#1b2f50}.hl{color:#ff6b00;font-weight:bold;margin-bottom:8px}
  h3{font-size:9.5pt;text-transform:uppercase;color:#1b2f50;margin:14px 0 5px;letter-spacing:.5px}h2{font-size:11.5pt;color:#1b2f50;border-bottom:2px solid #ff6b00;margin:12px 0 6px;padding-bottom:2px}
  .job{margin-bottom:8px}.job .t{font-weight:bold}.job .c{color:#444}.job .dt{color:#777;font-size:8.5pt}ul{margin:3px 0 0 16px;padding:0}.tag{display:inline-block;background:#fff;border:1px solid #b9c7d6;border-radius:10px;padding:1px 7px;margin:0 3px 4px 0;font-size:8.5pt}
  .foot{font-size:7.5pt;color:#999;text-align:center;margin-top:14px}`;
  const body = `<div class="wrap"><div class="left"><div class="av"></div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <h3>Contact</h3><div>${p.phoneLocal}<br>${p.email}<br>${esc(p.address)}</div>
  <h3>Personal</h3><div>Date of birth: ${bornDmy(p)}<br>Nationality: ${p.nationality}<br>${Object.entries(p.extra).map(([k, v]) => `${k}: ${esc(v)}`).join('<br>')}</div>
  <h3>Skills</h3><div>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
  <h3>Languages</h3><div>${p.languages.join('<br>')}</div>
  <h3>Certifications</h3><div>${p.certificates.map(esc).join('<br>')}</div></div>
  <div class="right"><h2>Profile Summary</h2><p>${esc(p.summary)}</p>
  <h2>Work Experience</h2>${recent(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)} · ${esc(j.town ?? '')}</div><div class="dt">${d(j.start, 'Month YYYY')} - ${d(j.end, 'Month YYYY')} (${span(j)})</div>${li(j.bullets)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((s) => `<div class="job"><div class="t">${esc(s.degree)}</div><div class="c">${esc(s.school)}</div><div class="dt">${d(s.start, 'Month YYYY')} - ${d(s.end, 'Month YYYY')}</div></div>`).join('')}
  <h2>Referees</h2>${p.referees.map((r) => `<div>${r.name}, ${r.role}, ${r.org}. Tel: ${r.phone}${r.email ? `, ${r.email}` : ''}</div>`).join('')}
  <div class="foot">CV generated on BrighterMonday Kenya · brightermonday.co.ke</div></div></div>`;
  return page('en', css, body);
}

/* 4. Toptal-style freelancer profile, PDF résumé — two-column */
export function toptal(p: Person): string {
  const groups: Record<string, string[]> = p.id === 'p05'
    ? { Languages: ['Go', 'TypeScript'], Storage: ['PostgreSQL'], 'Other': ['gRPC', 'Kafka'], Platforms: ['Kubernetes', 'AWS'], Tools: ['Terraform'] }
    : p.id === 'p15'
      ? { Languages: ['Python', 'SQL'], 'Libraries/APIs': ['scikit-learn', 'PySpark'], Other: ['Causal inference', 'Bayesian modelling'], Tools: ['Tableau'] }
      : { 'Industry Expertise': ['Photolithography', 'Yield enhancement'], Other: ['SPC', 'DOE', 'FMEA', '8D problem solving'], Tools: ['JMP'] };
  const css = `body{font:9.5pt ${SANS};color:#262d3d}.head{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1px solid #dfe3eb;padding-bottom:10px}
  h1{font-size:22pt;margin:0;font-weight:600}.role{font-size:12pt;color:#204ecf}.loc{color:#666}.ver{font-size:8.5pt;color:#fff;background:#204ecf;padding:3px 8px;border-radius:3px}
  .cols{display:flex;gap:22px;margin-top:12px}.side{width:30%;font-size:9pt}.main{width:70%}h2{font-size:10pt;text-transform:uppercase;letter-spacing:.8px;color:#455065;margin:12px 0 6px}
  .side h4{margin:8px 0 2px;font-size:9pt;color:#455065}.job{margin-bottom:10px;page-break-inside:avoid}.job .t{font-weight:bold;font-size:10.5pt}.job .m{color:#646e82;font-size:8.5pt}ul{margin:3px 0 0 15px;padding:0}`;
  const body = `<div class="head"><div><h1>${esc(fullName(p, 'latin-first'))}</h1><div class="role">${esc(p.headline)}</div><div class="loc">${esc(p.address)} · ${intl(p)} · ${p.email}</div></div><div class="ver">Verified Expert</div></div>
  <div class="cols"><div class="side"><h2>Skills</h2>${Object.entries(groups).map(([g, xs]) => `<h4>${g}</h4>${xs.join(', ')}`).join('')}
  <h2>Education</h2>${p.education.map((s) => `<div style="margin-bottom:6px"><b>${esc(s.degree)}</b><br>${esc(s.school)}<br>${s.start.slice(0, 4)} - ${s.end.slice(0, 4)}</div>`).join('')}
  <h2>Certifications</h2>${p.certificates.map((c) => `<div style="margin-bottom:4px">${esc(c)}</div>`).join('')}
  <h2>Languages</h2>${p.languages.join('<br>')}</div>
  <div class="main"><h2>Bio</h2><p>${esc(p.summary)}</p><h2>Employment</h2>
  ${recent(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="m">${d(j.start, 'Mon YYYY')} - ${d(j.end, 'Mon YYYY', 'PRESENT')} · ${esc(j.company)}</div>${li(j.bullets)}<div class="m">Technologies: ${skills(p).filter((_, i) => (i + j.start.charCodeAt(3)) % 2 === 0).slice(0, 4).join(', ')}</div></div>`).join('')}</div></div>`;
  return page('en', css, body);
}

/* 5. Teamtailor candidate profile, printed from the recruiter view — single */
export function teamtailor(p: Person): string {
  const css = `body{font:9.5pt ${SANS};color:#2d2d2d}.bar{background:#f6f2ee;padding:6px 10px;font-size:8.5pt;color:#6b6b6b;display:flex;justify-content:space-between}
  h1{font-size:18pt;margin:12px 0 0}.sub{color:#6b6b6b;margin-bottom:8px}.grid{display:grid;grid-template-columns:120px 1fr;row-gap:3px;font-size:9pt;border-top:1px solid #e6e1dc;border-bottom:1px solid #e6e1dc;padding:6px 0}
  .grid span:nth-child(odd){color:#8a8a8a}h2{font-size:11pt;margin:14px 0 6px}.item{display:flex;gap:10px;margin-bottom:8px;page-break-inside:avoid}.dot{width:26px;height:26px;border-radius:6px;background:#e9e3dd;flex:none}
  .item .c{color:#6b6b6b;font-size:8.5pt}.pill{display:inline-block;background:#efe9f7;color:#5b3ea4;border-radius:12px;padding:2px 9px;margin:0 4px 4px 0;font-size:8.5pt}.q{margin-bottom:6px}.q b{display:block;font-size:8.5pt;color:#8a8a8a;font-weight:normal}`;
  const job = p.id === 'p05' ? 'Principal Engineer, Platform (Remote – LATAM)' : p.id === 'p04' ? 'Head of Logistics – Nairobi' : 'Senior Process Integration Engineer – Hsinchu';
  const body = `<div class="bar"><span>teamtailor · Candidates › ${esc(fullName(p, 'latin-first'))}</span><span>Printed 09 Nov 2026</span></div>
  <h1>${esc(fullName(p, 'latin-first'))}</h1><div class="sub">${esc(p.headline)} · ${esc(p.address)}</div>
  <div class="grid"><span>Email</span><span>${p.email}</span><span>Phone</span><span>${intl(p)}</span><span>Job</span><span>${job}</span><span>Stage</span><span>Interview 1 (moved 3 days ago)</span><span>Source</span><span>Career site</span><span>Tags</span><span>${p.language === 'mixed' ? 'relocation, work-permit' : 'remote-ok'}</span></div>
  <h2>Resume summary</h2><p>${esc(p.summary)}</p>
  <h2>Experience</h2>${recent(p).map((j) => `<div class="item"><div class="dot"></div><div><b>${esc(j.title)}</b><br>${esc(j.company)}<div class="c">${d(j.start, 'Mon YYYY')} - ${d(j.end, 'Mon YYYY')}${j.town ? ` · ${esc(j.town)}` : ''}</div>${esc(j.bullets.join(' '))}</div></div>`).join('')}
  <h2>Education</h2>${p.education.map((s) => `<div class="item"><div class="dot"></div><div><b>${esc(s.school)}</b><br>${esc(s.degree)}<div class="c">${s.start.slice(0, 4)} - ${s.end.slice(0, 4)}</div></div></div>`).join('')}
  <h2>Skills</h2><div>${skills(p).map((s) => `<span class="pill">${esc(s)}</span>`).join('')}</div>
  <h2>Questions</h2><div class="q"><b>Do you need visa sponsorship?</b>${p.language === 'mixed' ? 'Yes' : 'No'}</div><div class="q"><b>Languages</b>${p.languages.join(', ')}</div><div class="q"><b>Notice period</b>${p.extra.Notice ?? '30 days'}</div>`;
  return page('en', css, body);
}

/* 6. JazzHR applicant profile print — two-column (details panel + résumé) */
export function jazzhr(p: Person): string {
  const css = `body{font:9.5pt ${SANS};color:#333}.top{background:#2d3e50;color:#fff;padding:10px 12px}.top h1{margin:0;font-size:17pt}.top .s{font-size:9pt;color:#cfd8e3}
  .cols{display:flex}.l{width:31%;background:#f5f6f8;padding:8px 10px;font-size:8.8pt;border-right:1px solid #dde1e6}.r{width:69%;padding:8px 0 0 14px}
  .l dt{color:#7b8794;margin-top:6px;font-size:8pt;text-transform:uppercase}.l dd{margin:0}h2{font-size:10.5pt;color:#2d3e50;margin:10px 0 5px;border-bottom:1px solid #dde1e6;padding-bottom:2px}
  .j{margin-bottom:8px;page-break-inside:avoid}.j .h{display:flex;justify-content:space-between}.j .dt{color:#666;white-space:nowrap;margin-left:8px}ul{margin:2px 0 0 15px;padding:0}.star{color:#f5a623}`;
  const job = p.id === 'p03' ? 'Finance Director' : p.id === 'p06' ? 'Culinary Director – Hotel Opening' : 'Chief Compliance Officer (Hong Kong)';
  const body = `<div class="top"><h1>${esc(fullName(p))}</h1><div class="s">Applied for <b>${job}</b> · Workflow: Phone Screen · <span class="star">★★★★☆</span></div></div>
  <div class="cols"><div class="l"><dl><dt>Email</dt><dd>${p.email}</dd><dt>Phone</dt><dd>${p.phoneLocal}</dd><dt>Address</dt><dd>${esc(p.address)}</dd>
  <dt>Apply date</dt><dd>Oct 28, 2026</dd><dt>Source</dt><dd>${p.id === 'p06' ? 'Culinary Agents' : 'LinkedIn'}</dd><dt>Desired salary</dt><dd>${p.id === 'p13' ? 'HKD 1.6M p.a.' : p.id === 'p03' ? 'Negotiable' : '$95,000'}</dd>
  <dt>Skills</dt><dd>${skills(p).map(esc).join('<br>')}</dd><dt>Languages</dt><dd>${p.languages.join('<br>')}</dd><dt>Licenses &amp; certifications</dt><dd>${p.certificates.map(esc).join('<br>')}</dd></dl></div>
  <div class="r"><h2>Summary</h2><p>${esc(p.summary)}</p><h2>Work History</h2>
  ${recent(p).map((j) => `<div class="j"><div class="h"><b>${esc(j.company)}${j.titleAlt ? '' : ''}</b><span class="dt">${d(j.start, 'MM/YYYY')} – ${d(j.end, 'MM/YYYY', 'Current')}</span></div><i>${esc(j.title)}${j.titleAlt ? ` / ${esc(j.titleAlt)}` : ''}</i>${li(j.bullets)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((s) => `<div class="j"><div class="h"><b>${esc(s.school)}</b><span class="dt">${d(s.start, 'MM/YYYY')} – ${d(s.end, 'MM/YYYY')}</span></div>${esc(s.degree)}</div>`).join('')}
  ${p.referees.length ? `<h2>References</h2>${p.referees.map((r) => `<div>${r.name} — ${r.role}, ${r.org} · ${r.phone}</div>`).join('')}` : ''}
  <h2>Internal Notes</h2><div style="color:#777">No notes yet.</div></div></div>`;
  return page('en', css, body);
}

/* 7. Chef / culinary CV (centred serif heading, kitchen-specific sections) — single */
export function culinary(p: Person): string {
  const css = `body{font:10pt ${SERIF};color:#1d1d1d}h1{text-align:center;font-size:24pt;letter-spacing:3px;margin:0;font-weight:normal;text-transform:uppercase}
  .t{text-align:center;font-style:italic;font-size:11pt}.c{text-align:center;font-size:9pt;border-top:1px solid #000;border-bottom:1px solid #000;padding:3px 0;margin:6px 0 10px}
  h2{font-size:10.5pt;letter-spacing:2px;text-transform:uppercase;text-align:center;margin:14px 0 6px}h2:before,h2:after{content:' ~ '}
  .j{margin-bottom:9px}.j .h{display:flex;justify-content:space-between}.j .h b{font-size:10.5pt}ul{margin:3px 0 0 18px;padding:0}.cols{columns:2;column-gap:30px}.cols div{break-inside:avoid}`;
  const body = `<h1>${esc(p.name)}</h1><div class="t">${esc(p.headline)}</div><div class="c">${esc(p.address)} &nbsp;|&nbsp; ${p.phoneLocal} &nbsp;|&nbsp; ${p.email}</div>
  <h2>Culinary Profile</h2><p style="text-align:center">${esc(p.summary)}</p>
  <h2>Kitchen Experience</h2>${recent(p).map((j) => `<div class="j"><div class="h"><b>${esc(j.title)} — ${esc(j.company)}, ${esc(j.town ?? '')}</b><span>${d(j.start, 'Month YYYY')} – ${d(j.end, 'Month YYYY')}</span></div>${li(j.bullets)}</div>`).join('')}
  <h2>Culinary Skills</h2><div class="cols">${skills(p).map((s) => `<div>• ${esc(s)}</div>`).join('')}</div>
  <h2>Training &amp; Certifications</h2>${p.education.map((s) => `<div>${esc(s.degree)}, ${esc(s.school)}, ${s.town} — ${d(s.end, 'Month YYYY')}</div>`).join('')}${p.certificates.map((c) => `<div>${esc(c)}</div>`).join('')}
  <h2>Recognition</h2>${['Awards', 'Competitions'].map((k) => `<div>${esc(p.extra[k])}</div>`).join('')}
  <h2>References</h2><div style="text-align:center">${p.referees.map((r) => `${r.name}, ${r.role}, ${r.org} — ${r.phone}`).join('<br>')}<br>Further references available upon request.</div>`;
  return page('en', css, body);
}

/* 8. ProZ.com freelance translator profile, printed — two-column */
export function proz(p: Person): string {
  const css = `body{font:9pt ${SANS};color:#222}.brand{background:#0f4c81;color:#fff;padding:5px 10px;font-size:9pt;display:flex;justify-content:space-between}.cols{display:flex;gap:14px;margin-top:10px}
  .l{width:34%;border:1px solid #c9d6e3;padding:8px;background:#f7fafc}.r{width:66%}.ph{width:70px;height:84px;background:#d5dde6;float:left;margin:0 8px 4px 0}
  h1{font-size:15pt;margin:0;color:#0f4c81}h3{font-size:9pt;background:#e3ebf3;margin:10px -8px 4px;padding:3px 8px;color:#0f4c81}h2{font-size:10.5pt;color:#0f4c81;border-bottom:1px solid #c9d6e3;margin:10px 0 5px}
  table{border-collapse:collapse;width:100%}td{padding:2px 4px;vertical-align:top;border-bottom:1px dotted #ccc}.k{color:#666;width:34%}.pro{color:#fff;background:#e07a00;padding:1px 5px;font-size:8pt;border-radius:2px}`;
  const body = `<div class="brand"><span><b>ProZ</b>.com · The translation workplace</span><span>Freelancer profile · printed 09 Nov 2026</span></div>
  <div class="cols"><div class="l"><div class="ph"></div><h1>${esc(p.latin!)}</h1><div style="font-size:12pt">${p.name}</div><div style="clear:both"></div><div><span class="pro">PRO</span> Native in Chinese (Variants: Simplified, Mandarin)</div>
  <h3>Contact</h3>${p.email}<br>Mobile/WeChat: ${p.phoneLocal}<br>${esc(p.address)}<br>Local time: 17:42 CST (GMT+8)
  <h3>Language pairs</h3>English to Chinese<br>Chinese to English
  <h3>Rates</h3>${esc(p.extra.Rates)}<br>Output: ${p.extra.Output}
  <h3>Payment methods accepted</h3>Wire transfer, PayPal, Payoneer
  <h3>Translation education</h3>${p.education.map((s) => `${esc(s.degree)} – ${esc(s.school)}`).join('<br>')}
  <h3>Credentials</h3>${p.certificates.map(esc).join('<br>')}</div>
  <div class="r"><table><tr><td class="k">Account type</td><td>Freelance translator and/or interpreter, Verified site user</td></tr><tr><td class="k">Services</td><td>Translation, Editing/proofreading, MT post-editing, Subtitling, Transcreation</td></tr>
  <tr><td class="k">Expertise</td><td>Specializes in: Law: Contract(s); Law: Patents, Trademarks, Copyright; Telecom(munications); Medical: Instruments</td></tr>
  <tr><td class="k">Software</td><td>${skills(p).filter((s) => /Trados|memoQ/.test(s)).join(', ')}, Aegisub, Xbench, Microsoft Word</td></tr>
  <tr><td class="k">Experience</td><td>Years of experience: 15. Registered at ProZ.com: Mar 2012. Certified PRO: English to Chinese</td></tr></table>
  <h2>Bio</h2><p>${esc(p.summary)}</p>
  <h2>Skills</h2><p>${skills(p).map(esc).join(' · ')}</p>
  <h2>Professional history</h2>${recent(p).map((j) => `<div style="margin-bottom:6px"><b>${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')}</b> &nbsp;${esc(j.title)}, <b>${esc(j.company)}</b> (${esc(j.town ?? '')})<br>${esc(j.bullets.join(' '))}</div>`).join('')}
  <h2>Languages</h2>${p.languages.join('; ')}
  <h2>Keywords</h2><span style="color:#555">English to Chinese, Chinese to English, legal translation, contracts, arbitration, patents, PCT, telecom, medical devices, localization, subtitles, 英译中, 专利翻译, 法律翻译</span></div></div>`;
  return page('en', css, body);
}

/* 9. Hong Kong Quality Migrant Admission Scheme application form ID(E)990A (bilingual) — table */
export function id990a(p: Person): string {
  const css = `body{font:8.8pt ${SANS};color:#000}.hd{display:flex;justify-content:space-between;font-size:8pt}.t{text-align:center;margin:4px 0 8px}.t b{font-size:12.5pt}
  h2{font-size:9.5pt;background:#000;color:#fff;margin:8px 0 0;padding:2px 6px}table{width:100%;border-collapse:collapse}td,th{border:1px solid #000;padding:2.5px 4px;vertical-align:top}
  th{background:#e8e8e8;font-weight:normal;font-size:8pt}td.l{background:#f4f4f4;width:26%;font-size:8pt}.note{font-size:7.5pt;margin:2px 0}.ft{font-size:7.5pt;text-align:right;margin-top:6px}.box{display:inline-block;width:9px;height:9px;border:1px solid #000;margin:0 2px -1px 6px;font-size:8px;line-height:8px;text-align:center}`;
  const x = (on: boolean) => `<span class="box">${on ? '✓' : ''}</span>`;
  const body = `<div class="hd"><span>香港特別行政區政府 入境事務處<br>IMMIGRATION DEPARTMENT, HKSAR</span><span>ID(E) 990A<br>Application No. 申請編號: ____________</span></div>
  <div class="t"><b>優秀人才入境計劃 申請表格<br>APPLICATION FORM FOR QUALITY MIGRANT ADMISSION SCHEME</b><br><span class="note">請用黑色或藍色原子筆以正楷填寫。Please complete in BLOCK LETTERS using black or blue ball pen.</span></div>
  <h2>第A部 申請人資料 Part A Particulars of Applicant</h2><table>
  <tr><td class="l">中文姓名 Name in Chinese</td><td>${p.name}</td><td class="l">英文姓名 Name in English</td><td>${esc(p.latin!.toUpperCase())}</td></tr>
  <tr><td class="l">性別 Sex</td><td>${x(p.gender === 'M')}男 M ${x(p.gender === 'F')}女 F</td><td class="l">出生日期 Date of birth (DD/MM/YYYY)</td><td>${bornDmy(p)}</td></tr>
  <tr><td class="l">國籍 Nationality</td><td>${esc(p.nationality)}</td><td class="l">旅行證件號碼 Travel document No.</td><td>E71826493</td></tr>
  <tr><td class="l">住址 Residential address</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><td class="l">電話號碼 Tel. No.</td><td>${p.phone.replace(/^\+86/, '(86) ')}</td><td class="l">電郵地址 E-mail</td><td>${p.email}</td></tr></table>
  <h2>第B部 學歷 Part B Academic Qualifications</h2><table><tr><th>院校名稱 Name of institution</th><th>頒授學位 Degree awarded</th><th>修業期間 Period (MM/YYYY)</th></tr>
  ${p.education.map((s) => `<tr><td>${esc(s.school)}</td><td>${esc(s.degree)}</td><td>${d(s.start, 'MM/YYYY')} – ${d(s.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <h2>第C部 工作經驗 Part C Work Experience</h2><div class="note">請由最近的工作開始填寫，只列全職工作。Please start with the most recent employment. List full-time employment only.</div>
  <table><tr><th style="width:27%">僱主名稱 Name of employer</th><th>職位 Position held</th><th style="width:19%">受僱期間 Period of employment (MM/YYYY)</th><th style="width:30%">職責 Main duties</th></tr>
  ${recent(p).map((j) => `<tr><td>${esc(j.company)}<br><span class="note">${esc(j.town ?? '')}</span></td><td>${esc(j.title)}<br>${esc(j.titleAlt ?? '')}</td><td>${d(j.start, 'MM/YYYY')} 至 to ${d(j.end, 'MM/YYYY', '現在 present')}</td><td>${esc(j.bullets[0])}</td></tr>`).join('')}</table>
  <h2>第D部 專業資格及技能 Part D Professional Qualifications and Skills</h2><table>
  <tr><td class="l">專業資格 Professional qualifications</td><td>${p.certificates.map(esc).join('<br>')}</td></tr>
  <tr><td class="l">技能 Skills</td><td>${skills(p).map(esc).join('; ')}</td></tr>
  <tr><td class="l">語言 Languages</td><td>${p.languages.map(esc).join('; ')}</td></tr></table>
  <h2>第E部 聲明 Part E Declaration</h2><table><tr><td colspan="2">本人聲明，就本人所知所信，本申請表所填報的資料均屬真實、完整及正確。I declare that the information given in this application is true, complete and correct to the best of my knowledge and belief.</td></tr>
  <tr><td style="height:12mm;width:60%">申請人簽署 Signature of applicant:</td><td>日期 Date: 09/11/2026</td></tr></table>
  <div class="ft">ID(E) 990A (10/2024) &nbsp; 第 1 頁 Page 1</div>`;
  return page('zh-Hant', css, body);
}

/* 10. SFC licensing — individual's employment history supplement (Hong Kong, bilingual) — table */
export function sfcSupplement(p: Person): string {
  const css = `body{font:8.8pt ${SANS}}.hd{border:2px solid #000;padding:5px 8px;display:flex;justify-content:space-between}.hd b{font-size:11.5pt}
  table{width:100%;border-collapse:collapse;margin-top:6px}td,th{border:1px solid #444;padding:3px 5px;vertical-align:top}th{background:#dde6ef;font-size:8pt}td.l{background:#f3f6f9;width:30%}
  h2{font-size:9.5pt;margin:10px 0 0}.n{font-size:7.5pt;color:#333}.ft{font-size:7.5pt;display:flex;justify-content:space-between;margin-top:8px;border-top:1px solid #000;padding-top:2px}`;
  const body = `<div class="hd"><div><b>Supplement 4 — Employment History of Individual</b><br>補充文件 4 — 個人的受僱紀錄</div><div style="text-align:right">Securities and Futures Commission<br>證券及期貨事務監察委員會</div></div>
  <h2>Section 1 Particulars 第1節 個人資料</h2><table>
  <tr><td class="l">English name 英文姓名</td><td>${esc(p.latin!)}</td><td class="l">Chinese name 中文姓名</td><td>${p.name}</td></tr>
  <tr><td class="l">HKID No. 香港身份證號碼</td><td>${p.extra.HKID}</td><td class="l">CE number 中央編號</td><td>BKX 482</td></tr>
  <tr><td class="l">Mobile 手提電話</td><td>${p.phoneLocal}</td><td class="l">Email 電郵</td><td>${p.email}</td></tr>
  <tr><td class="l">Residential address 住址</td><td colspan="3">${esc(p.address)}</td></tr></table>
  <h2>Section 2 Employment history for the past 10 years and any licensed employment 第2節 受僱紀錄</h2>
  <div class="n">List in reverse chronological order. Include any period of unemployment. 請按時序倒序列出。</div>
  <table><tr><th style="width:4%">#</th><th>Name of employer 僱主名稱</th><th>Position / Regulated activity 職位／受規管活動</th><th style="width:11%">From 由 (MM/YYYY)</th><th style="width:11%">To 至 (MM/YYYY)</th><th style="width:20%">Principal business of employer 僱主主要業務</th></tr>
  ${recent(p).map((j, i) => `<tr><td>${i + 1}</td><td>${esc(j.company)}</td><td>${esc(j.title)}<br>${esc(j.titleAlt ?? '')}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${d(j.end, 'MM/YYYY', 'Present 現在')}</td><td>${i === 0 ? 'Virtual bank (HKMA-licensed)' : i === 1 ? 'Asset management (Type 4, 9)' : 'Securities dealing (Type 1, 4)'}</td></tr>`).join('')}</table>
  <h2>Section 3 Academic and industry qualifications 第3節 學歷及行業資格</h2><table><tr><th>Institution / Body</th><th>Qualification</th><th>Date</th></tr>
  ${p.education.map((s) => `<tr><td>${esc(s.school)}</td><td>${esc(s.degree)}</td><td>${d(s.end, 'MM/YYYY')}</td></tr>`).join('')}${p.certificates.map((c) => `<tr><td colspan="2">${esc(c)}</td><td></td></tr>`).join('')}</table>
  <h2>Section 4 Relevant skills and competence 第4節 相關技能及才能</h2><table><tr><td>${skills(p).map((s, i) => `(${i + 1}) ${esc(s)}`).join('&nbsp;&nbsp; ')}</td></tr><tr><td>Languages 語言: ${p.languages.join('; ')}</td></tr></table>
  <h2>Section 5 Declaration 第5節 聲明</h2><table><tr><td colspan="2">I confirm that the information in this supplement is complete, true and correct. 本人確認本補充文件內所提供的資料均屬完備、真實及正確。</td></tr><tr><td style="height:12mm">Signature 簽署</td><td style="width:35%">Date 日期 09/11/2026</td></tr></table>
  <div class="ft"><span>SFC-Supp4 (2025-06)</span><span>Page 1 of 1 第1頁，共1頁</span></div>`;
  return page('zh-Hant', css, body);
}

/* 11. Excel 表格简历 printed (gridlines) — table */
export function excelZh(p: Person): string {
  const css = `body{font:9.5pt ${ZH}}h1{text-align:center;font-size:18pt;letter-spacing:6px;margin:0 0 6px}table{width:100%;border-collapse:collapse;table-layout:fixed}
  td{border:1px solid #9e9e9e;padding:3px 4px;vertical-align:middle;height:20px;overflow-wrap:anywhere}.dt{font-size:8.5pt;white-space:nowrap}.h{background:#ddebf7;font-weight:bold;text-align:center}.sec{background:#9bc2e6;font-weight:bold;font-size:10.5pt}
  .ph{text-align:center;color:#888}.ft{text-align:center;font-size:8pt;margin-top:6px}`;
  const n = (x: string) => `<td class="h">${x}</td>`;
  const body = `<h1>个人简历</h1><table><colgroup><col style="width:15.5%"><col style="width:13%"><col style="width:10.5%"><col style="width:13%"><col style="width:10.5%"><col style="width:15.5%"><col style="width:22%"></colgroup>
  <tr><td colspan="7" class="sec">基本信息</td></tr>
  <tr>${n('姓名')}<td>${p.name}</td>${n('性别')}<td>${p.gender === 'M' ? '男' : '女'}</td>${n('出生年月')}<td>${bornZh(p)}</td><td rowspan="5" class="ph">（照片）</td></tr>
  <tr>${n('籍贯')}<td>${p.extra['籍贯'] ?? ''}</td>${n('政治面貌')}<td>${p.extra['政治面貌'] ?? '群众'}</td>${n('婚姻状况')}<td>${p.extra['婚姻状况'] ?? ''}</td></tr>
  <tr>${n('手机')}<td colspan="2">${p.phoneLocal}</td>${n('邮箱')}<td colspan="2">${p.email}</td></tr>
  <tr>${n('现住址')}<td colspan="5">${p.address}</td></tr>
  <tr>${n('求职意向')}<td colspan="3">${p.headline}</td>${n('期望薪资')}<td>${p.extra['期望薪资'] ?? '面议'}</td></tr>
  <tr><td colspan="7" class="sec">教育背景</td></tr><tr>${n('起止时间')}<td class="h" colspan="3">学校</td><td class="h" colspan="3">专业 / 学历</td></tr>
  ${p.education.map((s) => `<tr><td class="dt">${d(s.start, 'YYYY.MM')}-${d(s.end, 'YYYY.MM')}</td><td colspan="3">${s.school}</td><td colspan="3">${s.degree}</td></tr>`).join('')}
  <tr><td colspan="7" class="sec">工作经历</td></tr><tr>${n('起止时间')}<td class="h" colspan="2">工作单位</td>${n('职位')}<td class="h" colspan="3">主要工作内容</td></tr>
  ${recent(p).map((j) => `<tr><td class="dt">${d(j.start, 'YYYY.MM')}-${d(j.end, 'YYYY.MM', '至今')}</td><td colspan="2">${j.company}</td><td>${j.title}</td><td colspan="3">${j.bullets.join('')}</td></tr>`).join('')}
  <tr><td colspan="7" class="sec">技能证书</td></tr><tr>${n('专业技能')}<td colspan="6">${skills(p).join('、')}</td></tr>
  <tr>${n('证书')}<td colspan="6">${p.certificates.join('；') || '无'}</td></tr><tr>${n('语言')}<td colspan="6">${p.languages.join('；') || '普通话'}</td></tr>
  <tr><td colspan="7" class="sec">自我评价</td></tr><tr><td colspan="7" style="height:46px">${p.summary}</td></tr></table><div class="ft">第 1 页</div>`;
  return page('zh-CN', css, body);
}

/* 12. 大易（Dayee）ATS 应聘人员登记表 print — table */
export function dayee(p: Person): string {
  const css = `body{font:9pt ${ZH}}.top{display:flex;justify-content:space-between;font-size:8.5pt;color:#555;border-bottom:1px solid #999;padding-bottom:3px}h1{text-align:center;font-size:15pt;margin:8px 0 4px}
  .meta{display:flex;justify-content:space-between;font-size:9pt;margin-bottom:4px}h2{font-size:10pt;background:#3a6ea5;color:#fff;margin:7px 0 0;padding:3px 6px}table{width:100%;border-collapse:collapse}
  td,th{border:1px solid #7f8c99;padding:3px 4px;vertical-align:top}th{background:#eef2f7;font-weight:normal}td.l{background:#eef2f7;width:13%;text-align:center}.ph{width:24mm;text-align:center;vertical-align:middle;color:#999}`;
  const fam = p.id === 'p10' ? [['配偶', '陈立新', '上海浦东软件园某科技公司', '139 0163 8825'], ['母亲', '顾美华', '退休', '0513-8551 2067']]
    : p.id === 'p11' ? [['配偶', '杨秀英', '贵阳市第二十中学', '138 8502 7716'], ['儿子', '龙俊熙', '贵州大学（在读）', '—']]
      : [['父亲', '杜建民', '洛阳某中学', '0379-6391 2045']];
  const body = `<div class="top"><span>大易招聘管理系统 · 应聘者档案打印</span><span>打印时间：2026-11-09 10:26</span></div><h1>应聘人员登记表</h1>
  <div class="meta"><span>应聘职位：${p.id === 'p10' ? '财务总监' : p.id === 'p11' ? '工程总监（基建）' : '机器人研发总监'}</span><span>简历编号：DY2026110${p.id.slice(1)}7</span><span>投递日期：2026-11-02</span></div>
  <h2>一、基本信息</h2><table><tr><td class="l">姓名</td><td>${p.name}</td><td class="l">性别</td><td>${p.gender === 'M' ? '男' : '女'}</td><td class="l">出生日期</td><td>${p.born}</td><td rowspan="4" class="ph">照片</td></tr>
  <tr><td class="l">民族</td><td>${p.extra['民族'] ?? '汉族'}</td><td class="l">政治面貌</td><td>${p.extra['政治面貌'] ?? '群众'}</td><td class="l">婚姻状况</td><td>${p.extra['婚姻状况'] ?? '未婚'}</td></tr>
  <tr><td class="l">手机号码</td><td colspan="2">${p.phoneLocal}</td><td class="l">电子邮箱</td><td colspan="2">${p.email}</td></tr>
  <tr><td class="l">现居住地</td><td colspan="5">${p.address}</td></tr></table>
  <h2>二、教育经历（从高中起填）</h2><table><tr><th>起止年月</th><th>学校名称</th><th>专业</th><th>学历/学位</th></tr>
  ${p.education.map((s) => { const [maj, deg] = s.degree.split(' '); return `<tr><td>${d(s.start, 'YYYY/MM')}—${d(s.end, 'YYYY/MM')}</td><td>${s.school}</td><td>${maj}</td><td>${deg ?? ''}</td></tr>`; }).join('')}</table>
  <h2>三、工作经历（从最近一份工作填起）</h2><table><tr><th style="width:17%">起止年月</th><th>工作单位</th><th style="width:14%">职务</th><th style="width:29%">工作职责及业绩</th><th style="width:14%">离职原因</th></tr>
  ${recent(p).map((j) => `<tr><td>${d(j.start, 'YYYY/MM')}—${d(j.end, 'YYYY/MM', '至今')}</td><td>${j.company}</td><td>${j.title}</td><td>${j.bullets.join('')}</td><td>${j.end ? '个人发展' : '—'}</td></tr>`).join('')}</table>
  <h2>四、专业技能与证书</h2><table><tr><td class="l">专业技能</td><td>${skills(p).join('，')}</td></tr><tr><td class="l">资格证书</td><td>${p.certificates.join('；') || '—'}</td></tr><tr><td class="l">外语水平</td><td>${p.languages.join('；') || '—'}</td></tr></table>
  <h2>五、家庭主要成员</h2><table><tr><th>称谓</th><th>姓名</th><th>工作单位</th><th>联系电话</th></tr>${fam.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>
  <h2>六、其他</h2><table><tr><td class="l">期望薪资</td><td>${p.extra['期望薪资'] ?? '面议'}</td><td class="l">可到岗时间</td><td>${p.extra['到岗时间'] ?? '一个月内'}</td></tr>
  <tr><td colspan="4">本人承诺：以上所填信息真实有效，如有虚假，公司有权取消录用资格或解除劳动合同。<br><br>应聘人签名：__________ &nbsp;&nbsp;&nbsp; 日期：____年__月__日</td></tr></table>`;
  return page('zh-CN', css, body);
}

/* 13. billryan/resume (XeLaTeX, Chinese) — single */
export function billryan(p: Person): string {
  const css = `body{font:10pt ${SERIF};color:#000}h1{text-align:center;font-size:22pt;margin:0 0 4px;font-family:${ZH};font-weight:normal}.c{text-align:center;font-size:9pt}
  h2{font-size:12pt;font-family:${ZH};border-bottom:0.8px solid #000;margin:12px 0 5px;padding-bottom:2px;font-weight:normal}.row{display:flex;justify-content:space-between}.row b{font-family:${ZH}}
  ul{margin:2px 0 6px 18px;padding:0}li{margin:1px 0}.date{font-style:italic}`;
  const body = `<h1>${p.name}</h1><div class="c">✉ ${p.email} &nbsp;·&nbsp; ☎ (+86) ${p.phoneLocal} &nbsp;·&nbsp; ⌂ ${p.extra.GitHub ?? p.address}</div>
  <h2>教育背景</h2>${p.education.map((s) => `<div class="row"><span><b>${s.school}</b>，${s.degree}</span><span class="date">${d(s.start, 'YYYY.MM')} — ${d(s.end, 'YYYY.MM')}</span></div>`).join('')}
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="row"><span><b>${j.company}</b>，${j.title}</span><span class="date">${d(j.start, 'YYYY.MM')} — ${d(j.end, 'YYYY.MM', '至今')}</span></div>${li(j.bullets)}`).join('')}
  <h2>技能</h2><ul>${(p.id === 'p09' ? [['编程语言', [0, 6]], ['框架与中间件', [1, 3, 4]], ['数据库与运维', [2, 5]], ['架构', [7]]] : [['软件', [0, 1, 4]], ['硬件', [3, 5, 6]], ['算法', [2]]] as [string, number[]][]).map(([k, ix]) => `<li><b>${k}：</b>${(ix as number[]).map((i) => skills(p)[i]).join('，')}</li>`).join('')}</ul>
  <h2>证书与其他</h2><ul>${[...p.certificates, ...p.languages].map((x) => `<li>${x}</li>`).join('')}</ul>
  <h2>自我评价</h2><p>${p.summary}</p>`;
  return page('zh-CN', css, body);
}

/* 14. 职徒简历 builder export — two-column */
export function zhitu(p: Person): string {
  const css = `body{font:9.5pt ${ZH};color:#333}.w{display:flex;min-height:262mm}.l{width:32%;background:#2f4f6f;color:#fff;padding:14px 12px}.r{width:68%;padding:10px 0 0 16px}
  .ph{width:78px;height:98px;background:#c8d3de;margin:0 auto 10px;display:flex;align-items:center;justify-content:center;color:#567;font-size:8pt}.l h1{text-align:center;font-size:18pt;margin:0 0 2px;letter-spacing:2px}
  .l .t{text-align:center;font-size:9pt;color:#cfe0ef;margin-bottom:8px}.l h3{font-size:10pt;border-bottom:1px solid #8fb0cf;padding-bottom:2px;margin:12px 0 5px}.l p{margin:2px 0;font-size:8.8pt}
  .r h2{font-size:11pt;color:#2f4f6f;margin:10px 0 6px;border-left:4px solid #2f4f6f;padding-left:6px}.j{margin-bottom:8px}.j .h{display:flex;justify-content:space-between;font-weight:bold}.j .p{color:#2f4f6f}
  ul{margin:2px 0 0 16px;padding:0}.chip{display:inline-block;border:1px solid #8fb0cf;border-radius:3px;padding:0 5px;margin:0 3px 4px 0;font-size:8.5pt}.wm{font-size:7pt;color:#aaa;text-align:right;margin-top:8px}`;
  const body = `<div class="w"><div class="l"><div class="ph">照片</div><h1>${p.name}</h1><div class="t">${p.headline}</div>
  <h3>基本信息</h3><p>年龄：${age(p)}岁</p><p>性别：${p.gender === 'M' ? '男' : '女'}</p>${p.extra['籍贯'] ? `<p>籍贯：${p.extra['籍贯']}</p>` : ''}<p>现居：${p.address.slice(0, 9)}</p>
  <h3>联系方式</h3><p>电话：${p.phoneLocal}</p><p>邮箱：${p.email}</p>
  <h3>技能特长</h3><div>${skills(p).map((s) => `<span class="chip">${s}</span>`).join('')}</div>
  <h3>证书</h3>${p.certificates.map((c) => `<p>${c}</p>`).join('') || '<p>—</p>'}<h3>语言</h3>${p.languages.map((c) => `<p>${c}</p>`).join('')}</div>
  <div class="r"><h2>求职意向</h2><p>意向岗位：${p.headline} &nbsp;&nbsp; 意向城市：${p.extra['期望城市'] ?? p.address.slice(3, 6)} &nbsp;&nbsp; 期望薪资：${p.extra['期望薪资'] ?? '面议'}</p>
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="j"><div class="h"><span>${j.company}</span><span>${d(j.start, 'YYYY.MM')} - ${d(j.end, 'YYYY.MM', '至今')}</span></div><div class="p">${j.title}</div>${li(j.bullets)}</div>`).join('')}
  <h2>教育背景</h2>${p.education.map((s) => `<div class="j"><div class="h"><span>${s.school}</span><span>${d(s.start, 'YYYY.MM')} - ${d(s.end, 'YYYY.MM')}</span></div><div class="p">${s.degree}</div></div>`).join('')}
  <h2>自我评价</h2><p>${p.summary}</p><div class="wm">简历由 职徒简历 生成</div></div></div>`;
  return page('zh-CN', css, body);
}

/* 15. 大型企业社招网申“简历预览”打印页 — single */
export function wangshen(p: Person): string {
  const css = `body{font:9.5pt ${ZH};color:#222}.bar{border-bottom:2px solid #c8102e;display:flex;justify-content:space-between;align-items:flex-end;padding-bottom:4px}.bar b{font-size:13pt;color:#c8102e}
  h1{font-size:17pt;margin:10px 0 2px}.kv{display:grid;grid-template-columns:repeat(2,1fr);gap:2px 20px;margin:6px 0}.kv span i{font-style:normal;color:#888}
  h2{font-size:11pt;background:#f4f4f4;border-left:4px solid #c8102e;padding:3px 8px;margin:12px 0 6px}.it{margin:0 0 8px 4px;page-break-inside:avoid}.it div{margin:1px 0}.it i{font-style:normal;color:#888}`;
  const body = `<div class="bar"><b>社会招聘 · 简历预览</b><span style="font-size:8.5pt;color:#666">申请职位：${p.id === 'p10' ? '财务经理（华东区）' : '资深后端开发工程师（远程）'} · 简历完整度 100%</span></div>
  <h1>${p.name}</h1><div class="kv"><span><i>性别：</i>${p.gender === 'M' ? '男' : '女'}</span><span><i>出生日期：</i>${p.born}</span><span><i>手机：</i>${p.phoneLocal}</span><span><i>邮箱：</i>${p.email}</span>
  <span><i>现居住城市：</i>${p.address.slice(0, 6)}</span><span><i>工作年限：</i>${Math.floor(p.jobs.length ? 2026 - Number(p.jobs[0].start.slice(0, 4)) : 0)}年</span></div>
  <h2>教育经历</h2>${p.education.map((s) => `<div class="it"><div><i>学校名称：</i>${s.school}</div><div><i>专业/学历：</i>${s.degree}</div><div><i>就读时间：</i>${d(s.start, 'YYYY年M月')} 至 ${d(s.end, 'YYYY年M月')}</div></div>`).join('')}
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="it"><div><i>公司名称：</i>${j.company}</div><div><i>职位名称：</i>${j.title}</div><div><i>在职时间：</i>${d(j.start, 'YYYY年M月')} 至 ${d(j.end, 'YYYY年M月', '今')}</div><div><i>工作描述：</i>${j.bullets.join('')}</div></div>`).join('')}
  <h2>专业技能</h2><div class="it">${skills(p).map((s) => `<div>· ${s}</div>`).join('')}</div>
  <h2>证书及语言</h2><div class="it">${[...p.certificates, ...p.languages].join('；')}</div>
  <h2>自我介绍</h2><div class="it">${p.summary}</div>`;
  return page('zh-CN', css, body);
}
