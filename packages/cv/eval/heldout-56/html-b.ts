/**
 * heldout-56: Chromium templates, part B — tables (zoho-recruit, fieldglass, al-folio, duzhong-form) and two-column
 * pages (onlinejobs-ph, dual-timeline, guofeng-seal, rx-pikachu, ms-publisher).
 */
import { type Job, type Person } from './people.ts';
import { day, dMonY, esc, fmt, FONT_SANS, FONT_SERIF, FONT_ZH, mdy, MON, newestFirst, page, photoSvg, range, ym } from './lib.ts';

const skillNames = (p: Person) => p.skills.map((s) => s.name);

/* ------------------------------------------------------------------ zoho-recruit (p02, p06, p16) */
const ZOHO: Record<string, { agency: string; agencyTel: string; owner: string; ownerTel: string; id: string; street: string; city: string; state: string; zip: string; country: string; exp: string; qual: string; cur: string; exp$: string; notice: string; source: string; skype: string; extra?: [string, string][]; note: string }> = {
  p02: { agency: 'Sphinx Talent Partners', agencyTel: '+20 2 2753 9900', owner: 'Nadia Farouk', ownerTel: '+20 12 2390 6614', id: 'ZR_1274_CAND', street: '14 Abbas El-Akkad St.', city: 'Nasr City', state: 'Cairo', zip: '11765', country: 'Egypt', exp: '11', qual: "Bachelor's Degree", cur: 'EGP 58,000 / month', exp$: 'EGP 75,000 / month', notice: '1 month', source: 'LinkedIn', skype: 'omar.tarek.qa',
    note: 'Spoke to Omar 01/12. Notice 1 month, open to hybrid (3 days office). Client interview Tue 08/12 11:00. If he needs to reschedule he calls me on +20 12 2390 6614.' },
  p06: { agency: 'Tirumala HR Consultants', agencyTel: '+91 80 4123 7700', owner: 'Priya Venkatesh', ownerTel: '+91 99001 22874', id: 'ZR_88213_CAND', street: '#42, 3rd Cross, 7th Block, Jayanagar', city: 'Bengaluru', state: 'Karnataka', zip: '560070', country: 'India', exp: '12.5', qual: 'B.E.', cur: '₹ 34 LPA', exp$: '₹ 42 LPA', notice: '60 days (negotiable to 45)', source: 'Naukri', skype: 'karthik.s.dataeng',
    note: 'L1 cleared (Spark + SQL). Counter-offer risk: medium. Candidate prefers calls after 6 pm. Escalations: Priya, +91 99001 22874.' },
  p16: { agency: 'Harbourline Search Ltd.', agencyTel: '+852 2110 4480', owner: 'Jason Leung', ownerTel: '+852 6120 7781', id: 'ZR_3091_CAND', street: 'Flat 12C, Block 3, Kornhill Gardens', city: 'Quarry Bay', state: 'Hong Kong Island', zip: '—', country: 'Hong Kong', exp: '11', qual: "Bachelor's Degree", cur: 'HKD 68,000 x 13', exp$: 'HKD 80,000 x 13', notice: '2 months', source: 'Referral', skype: '—',
    extra: [['Chinese Name', '何詠琪'], ['Nickname', 'Winky']],
    note: 'Met Winky at the office 27/11. Strong on Braze and loyalty. Interview with client 02/12 (see calendar invite). Jason mobile +852 6120 7781.' },
};

/** Candidate record printed from a recruitment agency's ATS (Zoho Recruit-type): First/Last name split into cells, 4-column label grids, Skill Set as one comma field, education and experience sub-tables with "I currently work here". */
export function zohoRecruit(p: Person): string {
  const z = ZOHO[p.id];
  const first = p.id === 'p16' ? 'Wing Ki' : p.given, last = p.id === 'p16' ? 'HO' : p.family;
  const display = p.id === 'p16' ? `HO Wing Ki (${p.name})` : p.name;
  const css = `body{font-family:${FONT_SANS};font-size:8.9pt;color:#222;margin:0}
  .top{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #e42527;padding-bottom:4px;margin-bottom:6px}
  .top h1{font-size:15pt;margin:0}.top .r{text-align:right;font-size:8.4pt;color:#555}
  h2{font-size:10pt;margin:10px 0 3px;padding:3px 6px;background:#f1f3f6;border-left:3px solid #e42527}
  table{border-collapse:collapse;width:100%}td,th{border:1px solid #d8dde3;padding:3px 5px;vertical-align:top;text-align:left}
  td.l{background:#fafbfc;color:#5b6470;width:17%}th{background:#eef1f4;font-weight:bold;font-size:8.4pt}
  .foot{margin-top:8px;font-size:7.8pt;color:#777;border-top:1px solid #ccc;padding-top:3px;display:flex;justify-content:space-between}`;
  const grid = (rows: [string, string][]) => { let h = ''; for (let i = 0; i < rows.length; i += 2) h += `<tr><td class="l">${esc(rows[i][0])}</td><td>${esc(rows[i][1])}</td><td class="l">${esc(rows[i + 1]?.[0] ?? '')}</td><td>${esc(rows[i + 1]?.[1] ?? '')}</td></tr>`; return `<table style="table-layout:fixed"><col style="width:17%"><col style="width:33%"><col style="width:17%"><col style="width:33%">${h}</table>`; };
  const cur = newestFirst(p)[0];
  const basic: [string, string][] = [['Candidate ID', z.id], ['Salutation', p.gender === 'F' ? 'Ms.' : 'Mr.'], ['First Name', first], ['Last Name', last], ...(z.extra ?? []),
    ['Email', p.email], ['Secondary Email', ''], ['Mobile', p.phoneIntl], ['Phone', p.otherPhones[0]?.number ?? ''], ['Skype ID', z.skype], ['Website', '']];
  const expRows = newestFirst(p).map((j) => `<tr><td>${esc(j.title)}</td><td>${esc(j.company)}</td><td>${esc(j.duties[0])}</td><td>${fmt(j.start, 'Mon-YYYY')}</td><td>${j.end ? fmt(j.end, 'Mon-YYYY') : ''}</td><td style="text-align:center">${j.end ? '' : '✔'}</td></tr>`).join('');
  const body = `<div class="top"><h1>${esc(display)}</h1><div class="r">${esc(z.agency)} · Candidates › ${esc(z.id)}<br>Candidate Status: <b>Submitted-to-client</b> · Owner: ${esc(z.owner)}</div></div>
  <h2>Basic Info</h2>${grid(basic)}
  <h2>Address Information</h2>${grid([['Street', z.street], ['City', z.city], ['Province', z.state], ['Zip/Postal Code', z.zip], ['Country', z.country], ['', '']])}
  <h2>Professional Details</h2>${grid([['Experience in Years', z.exp], ['Highest Qualification Held', z.qual], ['Current Job Title', cur.title], ['Current Employer', cur.company], ['Current Salary', z.cur], ['Expected Salary', z.exp$], ['Notice Period', z.notice], ['Source', z.source]])}
  <table style="table-layout:fixed"><col style="width:17%"><col><tr><td class="l">Skill Set</td><td>${esc(skillNames(p).join(', '))}</td></tr><tr><td class="l">Additional Info</td><td>${esc(p.summary)}</td></tr></table>
  <h2>Other Info</h2>${grid([['Candidate Owner', z.owner], ['Created By', `${z.owner}, 24/11/2026 10:12 AM`], ['Modified By', `${z.owner}, 02/12/2026 04:17 PM`], ['Email Opt Out', 'No']])}
  <h2>Educational Details</h2><table><tr><th>Institute / School</th><th>Major / Department</th><th>Degree</th><th>Duration</th><th>Currently pursuing</th></tr>
   ${p.education.filter((e) => ym(e.end).y > 2009).map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree.replace(/^\S+\s/, ''))}</td><td>${esc(e.degree.split(' ')[0])}</td><td>${fmt(e.start, 'Mon-YYYY')} to ${fmt(e.end, 'Mon-YYYY')}</td><td></td></tr>`).join('')}</table>
  <h2>Experience Details</h2><table><tr><th style="width:18%">Occupation / Title</th><th style="width:22%">Company</th><th>Summary</th><th style="width:9%">Work Duration From</th><th style="width:9%">To</th><th style="width:9%">I currently work here</th></tr>${expRows}</table>
  <h2>Attachments</h2><table><tr><th>File Name</th><th>Category</th><th>Attached By</th><th>Size</th></tr><tr><td>${esc(p.family.replace(/\s/g, ''))}_CV_2026.pdf</td><td>Resume</td><td>${esc(z.owner)}</td><td>214 KB</td></tr></table>
  <h2>Notes</h2><table><tr><td>${esc(z.note)}</td></tr></table>
  <div class="foot"><span>${esc(z.agency)} · ${esc(z.agencyTel)}</span><span>Printed 03/12/2026 · Page 1</span></div>`;
  return page(display, css, body);
}

/* ------------------------------------------------------------------ fieldglass (p05, p06) */
const FG: Record<string, { posting: string; buyer: string; supplier: string; contact: string; contactTel: string; contactMail: string; js: string; rate: string; start: string; auth: string; dateFmt: (d: Date) => string; tz: string; by: string; levels: string[] }> = {
  p05: { posting: 'HMIN JP00123 — Principal Cloud Security Engineer (12-month contract)', buyer: 'Harlow Mutual Insurance', supplier: 'TekPoint Staffing LLC', contact: 'Brianna Cole', contactTel: '+1 (737) 555-0192', contactMail: 'bcole@tekpointstaffing.com', js: 'JS00044182', rate: 'USD 118.00 / Hr (ST) · USD 177.00 / Hr (OT)', start: '01/04/2027', auth: 'US Citizen', dateFmt: mdy, tz: 'CST', by: 'M. Chen', levels: ['Expert', 'Expert', 'Advanced', 'Advanced', 'Advanced', 'Intermediate', 'Expert', 'Expert', 'Advanced', 'Advanced'] },
  p06: { posting: 'GRTC JP00981 — Lead Data Engineer (Contract-to-hire)', buyer: 'Global Retail Technology Centre, Bengaluru', supplier: 'Tirumala HR Consultants', contact: 'Priya Venkatesh', contactTel: '+91 99001 22874', contactMail: 'priya.v@tirumalahr.in', js: 'JS00107735', rate: 'INR 3,900.00 / Hr', start: '15-Feb-2027', auth: 'Indian national — no sponsorship required', dateFmt: dMonY, tz: 'IST', by: 'S. Rao', levels: ['Expert', 'Advanced', 'Advanced', 'Expert', 'Expert', 'Intermediate', 'Advanced', 'Advanced', 'Intermediate', 'Advanced'] },
};

/** Vendor-management-system job-seeker record (SAP Fieldglass-type): buyer/supplier header, "Last, First" display name, work history with day-level dates, qualifications grid mixing skills and certificates. */
export function fieldglass(p: Person): string {
  const f = FG[p.id];
  const css = `body{font-family:${FONT_SANS};font-size:8.8pt;color:#1d2d3e;margin:0}
  .bar{background:#354a5f;color:#fff;padding:6px 9px;font-size:10pt;display:flex;justify-content:space-between}.bar span{font-size:8pt;color:#d1dbe5}
  h1{font-size:13.5pt;margin:8px 0 2px}h2{font-size:9.8pt;margin:10px 0 3px;color:#0a6ed1;border-bottom:1px solid #0a6ed1;padding-bottom:1px}
  table{border-collapse:collapse;width:100%}td,th{border:1px solid #cbd3dc;padding:3px 5px;text-align:left;vertical-align:top}th{background:#eff3f7;font-size:8.3pt}
  td.l{background:#f7f9fb;color:#556b82;width:20%}.foot{margin-top:8px;font-size:7.8pt;color:#6a7d90;display:flex;justify-content:space-between}`;
  const d = (s: string, e: boolean) => f.dateFmt(day(s, e ? 'last' : 1));
  const work = newestFirst(p).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${d(j.start, false)}</td><td>${j.end ? d(j.end, true) : ''}</td><td>${j.end ? (j.kind === 'contract' ? 'End of contract' : 'Career progression') : 'Currently employed'}</td></tr>`).join('');
  const quals = p.skills.map((s, i) => `<tr><td>${esc(s.name)}</td><td>Skill</td><td>${f.levels[i] ?? 'Advanced'}</td><td>${Math.max(2, 11 - i)}</td><td>2026</td></tr>`).join('')
    + p.certificates.map((c) => `<tr><td>${esc(c.replace(/\s*\(\d{4}\)$/, ''))}</td><td>Certification</td><td>—</td><td>—</td><td>${c.match(/\d{4}/)?.[0] ?? ''}</td></tr>`).join('');
  const body = `<div class="bar"><b>Job Seeker Detail</b><span>${esc(f.buyer)} · Contingent Workforce</span></div>
  <h1>${esc(p.family)}, ${esc(p.given)} <span style="font-weight:normal;font-size:10pt">(${f.js})</span></h1>
  <div>Status: <b>Submitted to hiring manager</b> · Job posting: ${esc(f.posting)}</div>
  <h2>Job Seeker Information</h2><table>
   <tr><td class="l">First Name</td><td>${esc(p.given)}</td><td class="l">Last Name</td><td>${esc(p.family)}</td></tr>
   <tr><td class="l">Candidate name (as on ID)</td><td>${esc(p.name)}</td><td class="l">Work Authorization</td><td>${esc(f.auth)}</td></tr>
   <tr><td class="l">E-mail</td><td>${esc(p.email)}</td><td class="l">Mobile Phone</td><td>${esc(p.phoneIntl)}</td></tr>
   <tr><td class="l">Location</td><td>${esc(p.town)}</td><td class="l">Available Start Date</td><td>${f.start}</td></tr>
   <tr><td class="l">Supplier</td><td>${esc(f.supplier)}</td><td class="l">Supplier Contact</td><td>${esc(f.contact)} · ${esc(f.contactTel)} · ${esc(f.contactMail)}</td></tr>
   <tr><td class="l">Bill Rate</td><td>${esc(f.rate)}</td><td class="l">Previously worked for ${esc(f.buyer.split(',')[0])}?</td><td>No</td></tr></table>
  <h2>Work History</h2><table><tr><th>Employer</th><th>Job Title</th><th>Start Date</th><th>End Date</th><th>Reason for Leaving</th></tr>${work}</table>
  <h2>Qualifications</h2><table><tr><th>Qualification</th><th>Type</th><th>Proficiency</th><th>Years</th><th>Last Used</th></tr>${quals}</table>
  <h2>Education</h2><table><tr><th>School</th><th>Degree</th><th>Start</th><th>End</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, false)}</td><td>${d(e.end, true)}</td></tr>`).join('')}</table>
  <h2>Supplier Comments</h2><table><tr><td>${esc(p.summary)} Rate confirmed with candidate. Please reach ${esc(f.contact)} at ${esc(f.contactTel)} to schedule interviews; do not contact the candidate directly.</td></tr></table>
  <h2>Attachments</h2><table><tr><td>Resume_${esc(p.given)}_${esc(p.family)}.pdf (Resume) · Skills_Attestation_signed.pdf (Attestation)</td></tr></table>
  <div class="foot"><span>Printed 12/03/2026 10:42 AM ${f.tz} by ${f.by}</span><span>Page 1 of 1</span></div>`;
  return page(`${p.family}, ${p.given}`, css, body);
}

/* ------------------------------------------------------------------ al-folio (p03, p06, p14) */
/** Academic Jekyll theme (al-folio-type) "cv" page printed from the browser: navbar, cards, each entry a table row with a date badge cell. */
export function alFolio(p: Person): string {
  const mixed = p.lang === 'mixed';
  const css = `body{font-family:${mixed ? FONT_ZH : FONT_SANS};font-size:9.4pt;color:#212529;margin:0}
  .nav{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding:4px 0 6px;font-size:10pt}.nav b{font-weight:600}.nav span{margin-left:12px;color:#555}.nav .on{color:#b509ac}
  h1{font-size:22pt;font-weight:300;margin:10px 0 8px;display:flex;justify-content:space-between}h1 small{font-size:9pt;color:#b509ac;border:1px solid #b509ac;border-radius:4px;padding:2px 6px;align-self:center}
  .card{border:1px solid #dee2e6;border-radius:5px;margin:0 0 9px}.card h3{margin:0;padding:5px 10px;font-size:11pt;font-weight:600;color:#b509ac;border-bottom:1px solid #dee2e6}
  table{border-collapse:collapse;width:100%}td{padding:4px 10px;vertical-align:top}td.b{width:118px;text-align:center}
  .badge{display:inline-block;background:#b509ac;color:#fff;border-radius:4px;padding:2px 5px;font-size:8pt;font-weight:600;white-space:nowrap}
  td.k{font-weight:600;width:130px}.ti{font-weight:600}.inst{font-style:italic}.loc{color:#6c757d;font-size:8.6pt}ul{margin:2px 0 2px 16px;padding:0}
  .foot{font-size:8pt;color:#6c757d;text-align:center;margin-top:8px;border-top:1px solid #ddd;padding-top:4px}`;
  const badge = (s: string, e: string | null) => `${fmt(s, 'Mon YYYY')} – ${e ? fmt(e, 'Mon YYYY') : 'Present'}`;
  const exp = newestFirst(p).map((j) => `<tr><td class="b"><span class="badge">${badge(j.start, j.end)}</span></td><td><div class="ti">${esc(j.title)}</div><div class="inst">${esc(j.company)}</div><div class="loc">${esc(j.town)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></td></tr>`).join('');
  const edu = p.education.filter((e) => ym(e.start).y >= 2007).map((e) => `<tr><td class="b"><span class="badge">${badge(e.start, e.end)}</span></td><td><div class="ti">${esc(e.degree)}</div><div class="inst">${esc(e.school)}</div><div class="loc">${esc(e.town ?? '')}</div></td></tr>`).join('');
  const navName = mixed ? `${p.name} <span style="font-weight:300">${esc(p.latin!.split(' ').reverse().join(' ').replace(/^(\w)(\w+)\s(\w)(\w+)$/, (_, a, b, c, d) => `${a}${b.toLowerCase()} ${c}${d.toLowerCase()}`))}</span>` : `<b>${esc(p.given)}</b> ${esc(p.family)}`;
  const general = [['Full Name', mixed ? `${p.name} (${p.latin})` : p.name], ['Date of Birth', `${Number(p.born.slice(8))} ${MON[Number(p.born.slice(5, 7)) - 1]} ${p.born.slice(0, 4)}`], ['Languages', p.languages.join(', ')], ['Email', p.email], ['Phone', p.phoneIntl]];
  const body = `<div class="nav"><span style="margin:0">${navName}</span><div><span>about</span><span>blog</span><span>publications</span><span>projects</span><span class="on">cv</span><span>teaching</span></div></div>
  <h1>cv <small>⤓ PDF</small></h1>
  <div class="card"><h3>General Information</h3><table>${general.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table></div>
  <div class="card"><h3>Experience</h3><table>${exp}</table></div>
  <div class="card"><h3>Education</h3><table>${edu}</table></div>
  <div class="card"><h3>Skills</h3><table><tr><td>${esc(skillNames(p).join(' · '))}</td></tr></table></div>
  ${p.certificates.length ? `<div class="card"><h3>Honors, Awards and Certificates</h3><table>${p.certificates.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table></div>` : ''}
  <div class="foot">© Copyright 2026 ${esc(mixed ? `${p.latin} ${p.name}` : p.name)}. Powered by Jekyll with al-folio theme. Hosted by GitHub Pages. Last updated: November 28, 2026.</div>`;
  return page(`cv | ${p.name}`, css, body, mixed ? 'zh' : 'en');
}

/* ------------------------------------------------------------------ duzhong-form (p09) */
/** Staff application form of a Malaysian independent Chinese secondary school (独中), Chinese labels with Malay glosses, "月/年" dates. */
export function duzhongForm(p: Person): string {
  const css = `body{font-family:${FONT_ZH};font-size:9.2pt;margin:0;color:#111}
  .t{text-align:center}.t h1{font-size:15pt;margin:0;letter-spacing:2px}.t div{font-size:9.5pt}
  table{border-collapse:collapse;width:100%;margin-top:5px}td,th{border:1px solid #333;padding:3px 4px;vertical-align:middle}th{background:#e8e8e8;font-weight:bold;font-size:8.8pt}
  td.l{background:#f3f3f3;width:15%}.sec{background:#d9d9d9;font-weight:bold;text-align:left}.m{font-size:7.5pt;color:#555}.r{text-align:right;font-size:8pt}`;
  const l = (zh: string, ms: string) => `<td class="l">${zh}<br><span class="m">${ms}</span></td>`;
  const my = (s: string) => fmt(s, 'MM/YYYY');
  const jobs = newestFirst(p).map((j, i) => `<tr><td>${esc(j.company)}<br><span class="m">${esc(j.town)}</span></td><td>${esc(j.title)}</td><td>${my(j.start)}</td><td>${j.end ? my(j.end) : '现在'}</td><td>${['RM 8,200', 'RM 5,600', 'RM 4,300', 'RM 2,900'][i]}</td><td>${i === 0 ? '—' : ['寻求更好发展', '获晋升', '寻求更好发展', '—'][i]}</td></tr>`).join('');
  const body = `<div class="r">表格编号 HR-01（2024 年修订）</div><div class="t"><h1>吉隆坡明德独立中学</h1><div>职员应征表格 BORANG PERMOHONAN JAWATAN KAKITANGAN</div></div>
  <table style="table-layout:fixed"><col style="width:15%"><col style="width:20%"><col style="width:15%"><col style="width:17%"><col style="width:15%"><col style="width:18%"><tr>${l('应征职位', 'Jawatan dipohon')}<td colspan="3">会计主任（财务处）</td>${l('可到职日期', 'Tarikh boleh mula')}<td>2027 年 1 月 15 日</td></tr>
  <tr>${l('中文姓名', 'Nama (Cina)')}<td>${esc(p.name)}</td>${l('姓名（依身份证）', 'Nama seperti K.P.')}<td colspan="3">${esc(p.latin!)}</td></tr>
  <tr>${l('身份证号码', 'No. K.P.')}<td>880514-10-5236</td>${l('出生日期', 'Tarikh lahir')}<td>14/05/1988</td>${l('出生地', 'Tempat lahir')}<td>巴生，雪兰莪</td></tr>
  <tr>${l('性别', 'Jantina')}<td>女</td>${l('籍贯', 'Asal usul')}<td>福建 南安</td>${l('婚姻状况', 'Status perkahwinan')}<td>已婚</td></tr>
  <tr>${l('通讯地址', 'Alamat surat-menyurat')}<td colspan="5">${esc(p.address)}</td></tr>
  <tr>${l('手机', 'Telefon bimbit')}<td>${esc(p.phoneLocal)}</td>${l('住家电话', 'Telefon rumah')}<td>${esc(p.otherPhones[0].number)}</td>${l('办公电话', 'Telefon pejabat')}<td>—</td></tr>
  <tr>${l('电邮', 'E-mel')}<td colspan="5">${esc(p.email)}</td></tr>
  <tr><td colspan="6" class="sec">一、学历 Kelayakan Akademik</td></tr>
  <tr><th>学校 / 学院</th><th>由（月/年）</th><th>至（月/年）</th><th colspan="2">文凭 / 学位</th><th>成绩</th></tr>
  <tr><td>${esc(p.education[0].school)}</td><td>${my(p.education[0].start)}</td><td>${my(p.education[0].end)}</td><td colspan="2">${esc(p.education[0].degree)}</td><td>二等一级</td></tr>
  <tr><td>${esc(p.education[1].school)}</td><td>${my(p.education[1].start)}</td><td>${my(p.education[1].end)}</td><td colspan="2">独中统考高中文凭（UEC）</td><td>5A 3B</td></tr>
  <tr><td colspan="6" class="sec">二、工作经验 Pengalaman Kerja（由最近的开始填写）</td></tr>
  <tr><th style="width:27%">机构名称</th><th>职位</th><th>由（月/年）</th><th>至（月/年）</th><th>最后月薪</th><th>离职原因</th></tr>${jobs}
  <tr><td colspan="6" class="sec">三、专业技能 Kemahiran</td></tr><tr><td colspan="6">${esc(skillNames(p).join('；'))}</td></tr>
  <tr><td colspan="6" class="sec">四、专业资格 Kelayakan Profesional</td></tr><tr><td colspan="6">${esc(p.certificates.join('；'))}</td></tr>
  <tr><td colspan="6" class="sec">五、语文能力 Penguasaan Bahasa（优 / 良 / 可）</td></tr>
  <tr><th>语文</th><th>华文</th><th>英文</th><th>国文（马来文）</th><th>粤语</th><th>福建话</th></tr>
  <tr><td>讲 / 写</td><td>优 / 优</td><td>优 / 良</td><td>良 / 可</td><td>优 / —</td><td>可 / —</td></tr>
  <tr><td colspan="6" class="sec">六、推荐人（非亲属）Perujuk</td></tr>
  ${p.referees.map((r) => `<tr><td colspan="2">${esc(r.name)}</td><td colspan="2">${esc(r.role)}，${esc(r.org)}</td><td colspan="2">电话：${esc(r.phone)}</td></tr>`).join('')}
  <tr><td colspan="6">本人谨此声明，以上所填资料全属事实。如有虚报，校方有权取消本人之应征资格或予以解雇。<br><br>签名：黄慧敏　　　　　　　　日期：2026 年 11 月 20 日</td></tr>
  <tr><td colspan="6" class="sec">校方专用 Untuk kegunaan pejabat</td></tr><tr><td colspan="2">收件日期：</td><td colspan="2">面试日期：</td><td colspan="2">备注：</td></tr></table>`;
  return page(p.name, css, body, 'zh');
}

/* ------------------------------------------------------------------ onlinejobs-ph (p04) */
/** Filipino remote-work job board worker profile (OnlineJobs.ph-type): left profile card with ID proof score, availability and expected salary; skills rated with stars. */
export function onlinejobsPh(p: Person): string {
  const css = `body{font-family:${FONT_SANS};font-size:9.4pt;color:#333;margin:0}
  .bar{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #0f75bc;padding-bottom:4px;margin-bottom:8px}.bar b{font-size:14pt;color:#0f75bc}.bar span{font-size:8.5pt;color:#777;margin-left:10px}
  .wrap{display:flex;gap:12px}.left{flex:0 0 31%;border:1px solid #dfe4ea;border-radius:6px;padding:10px;text-align:center;background:#f8fafc}
  .left .ph{border-radius:50%;overflow:hidden;width:100px;height:100px;margin:0 auto 6px}.left h1{font-size:13.5pt;margin:2px 0}
  .left table{width:100%;text-align:left;font-size:8.8pt;margin-top:8px;border-collapse:collapse}.left td{padding:3px 2px;border-top:1px solid #e6e9ee;vertical-align:top}.left td.k{color:#777;width:45%}
  .prog{height:7px;background:#dde3ea;border-radius:4px;margin:3px 0 6px}.prog div{height:7px;width:82%;background:#27ae60;border-radius:4px}
  .right{flex:1}.box{border:1px solid #dfe4ea;border-radius:6px;padding:8px 12px;margin-bottom:9px}.box h2{font-size:11pt;margin:0 0 6px;color:#0f75bc}
  table.sk{width:100%;border-collapse:collapse}table.sk td{padding:2px 3px;border-bottom:1px solid #f0f2f5}.st{color:#f5a623;letter-spacing:1px}.st i{color:#ccd2d9;font-style:normal}
  .job{margin-bottom:6px}.job b{font-size:10pt}.job .m{color:#666;font-size:8.8pt}ul{margin:2px 0 0 16px;padding:0}`;
  const stars = (n: number) => `<span class="st">${'★'.repeat(n)}<i>${'★'.repeat(5 - n)}</i></span>`;
  const rating = [5, 5, 5, 4, 5, 5, 4, 4, 5, 5];
  const body = `<div class="bar"><div><b>OnlineJobs.ph</b><span>Jobseeker profile</span></div><span>Printed Dec 3, 2026</span></div>
  <div class="wrap"><div class="left"><div class="ph">${photoSvg(100, 125)}</div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div>
    <div style="margin-top:8px;font-size:8.5pt;text-align:left">ID PROOF: <b>82</b></div><div class="prog"><div></div></div>
    <table><tr><td class="k">Looking for</td><td>Full Time Work (8 hours/day)</td></tr><tr><td class="k">Expected salary</td><td>$1,100/month</td></tr>
    <tr><td class="k">Age</td><td>35</td></tr><tr><td class="k">Gender</td><td>Female</td></tr><tr><td class="k">Education</td><td>Bachelor's Degree</td></tr>
    <tr><td class="k">Location</td><td>Cebu City, Cebu</td></tr><tr><td class="k">Last active</td><td>1 day ago</td></tr><tr><td class="k">Member since</td><td>Mar 2018</td></tr>
    <tr><td class="k">Email</td><td>${esc(p.email)}</td></tr><tr><td class="k">Phone / Viber</td><td>${esc(p.phoneIntl)}</td></tr></table></div>
  <div class="right"><div class="box"><h2>Profile Description</h2><p style="margin:0">${esc(p.summary)} Available 9:00 am – 6:00 pm US Pacific time. Backup power and fibre + LTE internet.</p></div>
    <div class="box"><h2>Top Skills</h2><table class="sk">${p.skills.map((s, i) => `<tr><td>${esc(s.name)}</td><td style="text-align:right">${stars(rating[i])}</td></tr>`).join('')}</table></div>
    <div class="box"><h2>Work Experience</h2>${newestFirst(p).map((j) => `<div class="job"><b>${esc(j.title)}</b> — ${esc(j.company)}<div class="m">${range(j, 'Month YYYY', 'Present')} · ${esc(j.town)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}</div>
    <div class="box"><h2>Education</h2>${esc(p.education[0].degree)} — ${esc(p.education[0].school)} (2009 – 2013)<br><span style="color:#666">${esc(p.certificates.join(' · '))}</span></div></div></div>`;
  return page(p.name, css, body);
}

/* ------------------------------------------------------------------ dual-timeline (p03, p06, p09, p11, p13) */
const DUAL_EXTRA: Record<string, { s: string; e: string | null; t: string; o: string }[]> = {
  p03: [{ s: '2015-05', e: '2015-05', t: 'Geothermal Reservoir Engineering short course', o: 'International Geothermal Association, Reykjavík' }],
  p06: [{ s: '2023-03', e: '2023-03', t: 'Databricks Certified Data Engineer Associate', o: 'Databricks (online proctored)' }, { s: '2022-07', e: '2022-07', t: 'SnowPro Core Certification', o: 'Snowflake' }],
  p09: [{ s: '2015-01', e: '2018-06', t: 'ACCA 专业资格课程（业余进修）', o: '吉隆坡 会计专业学院' }],
  p11: [{ s: '2017-09', e: '2018-02', t: '心血管内科进修', o: '荆州市第一人民医院' }],
  p13: [{ s: '2025-03', e: '2026-01', t: 'Deutschkurs A1–A2 德语课程', o: 'Sprachschule am Bund, Shanghai' }],
};

/** Two parallel timelines side by side — work on the left, education and training on the right — under a full-width header. */
export function dualTimeline(p: Person): string {
  const zh = p.lang === 'zh', mixed = p.lang === 'mixed';
  const L = zh ? { w: '工作经历', e: '教育与培训', s: '专业技能', l: '语言', c: '证书' } : mixed ? { w: '工作经历 Work', e: '教育与培训 Education', s: '技能 Skills', l: '语言 Languages', c: '证书 Certificates' } : { w: 'Work experience', e: 'Education & training', s: 'Skills', l: 'Languages', c: 'Certificates' };
  const present = zh ? '至今' : mixed ? 'now 至今' : 'today';
  const style = zh || mixed ? 'YYYY.MM' : 'MM/YYYY';
  const css = `body{font-family:${zh || mixed ? FONT_ZH : FONT_SANS};font-size:9.2pt;color:#263238;margin:0}
  .hd{background:#263238;color:#fff;padding:12px 16px;border-radius:4px}.hd h1{margin:0;font-size:21pt;letter-spacing:1px}.hd .h{color:#80cbc4;font-size:10.5pt}.hd .c{font-size:8.8pt;margin-top:5px;color:#cfd8dc}
  .cols{display:grid;grid-template-columns:58% 1fr;gap:16px;margin-top:10px}
  h2{font-size:11pt;color:#00897b;margin:0 0 6px;text-transform:uppercase;letter-spacing:.5px}
  .tl{border-left:2px solid #b2dfdb;margin-left:5px;padding-left:12px}.e{position:relative;margin-bottom:9px}.e:before{content:'';position:absolute;left:-18px;top:3px;width:9px;height:9px;border-radius:50%;background:#00897b;border:1px solid #fff}
  .e .d{font-size:8.6pt;color:#00897b;font-weight:bold}.e b{font-size:9.8pt}.e .o{color:#546e7a}.e ul{margin:2px 0 0 14px;padding:0}
  .bot{margin-top:6px;border-top:1px solid #cfd8dc;padding-top:6px}.chip{display:inline-block;background:#e0f2f1;border-radius:3px;padding:1px 7px;margin:2px 4px 2px 0}`;
  const title = (j: Job) => (mixed ? `${j.titleZh} ${j.title}` : j.title);
  const work = newestFirst(p).map((j) => `<div class="e"><div class="d">${range(j, style, present, ' — ')}</div><b>${esc(title(j))}</b><div class="o">${esc(j.company)} · ${esc(j.town)}</div><ul>${(mixed ? j.dutiesZh! : j.duties).slice(0, 2).map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const eduItems = [...p.education.filter((e) => ym(e.start).y >= 2004).map((e) => ({ s: e.start, e: e.end as string | null, t: mixed ? `${e.degreeZh} ${e.degree}` : e.degree, o: `${e.school}${e.town ? ` · ${e.town}` : ''}` })), ...(DUAL_EXTRA[p.id] ?? [])]
    .filter((x) => !(mixed && /school/i.test(x.t)))
    .sort((a, b) => (a.s < b.s ? 1 : -1));
  const edu = eduItems.map((x) => `<div class="e"><div class="d">${x.s === x.e ? fmt(x.s, style) : range({ start: x.s, end: x.e }, style, present, ' — ')}</div><b>${esc(x.t)}</b><div class="o">${esc(x.o)}</div></div>`).join('');
  const contact = zh ? `电话 ${p.phoneLocal}　邮箱 ${p.email}　${p.town}` : `${p.phoneIntl} · ${p.email} · ${p.town}`;
  const body = `<div class="hd"><h1>${esc(p.name)}${p.latin ? ` <span style="font-size:12pt;font-weight:normal">${esc(p.latin)}</span>` : ''}</h1><div class="h">${esc(zh ? p.headline : mixed ? `${p.headlineZh} · ${p.headline}` : p.headline)}</div><div class="c">${esc(contact)}</div></div>
  <p style="margin:8px 0 0">${esc(mixed ? p.summaryZh! : p.summary)}</p>
  <div class="cols"><div><h2>${L.w}</h2><div class="tl">${work}</div></div><div><h2>${L.e}</h2><div class="tl">${edu}</div></div></div>
  <div class="bot"><h2>${L.s}</h2>${p.skills.map((s) => `<span class="chip">${esc(s.name)}</span>`).join('')}
  <div style="display:flex;gap:24px;margin-top:6px"><div><h2>${L.l}</h2>${esc(p.languages.join(zh ? '、' : ' · '))}</div>${p.certificates.length ? `<div><h2>${L.c}</h2>${esc(p.certificates.join(zh ? '；' : ' · '))}</div>` : ''}</div></div>`;
  return page(p.name, css, body, zh || mixed ? 'zh' : 'en');
}

/* ------------------------------------------------------------------ guofeng-seal (p08, p12, p14, p16) */
function seal(name: string): string {
  const c = [...name, '印'];
  const pos = [[58, 30], [58, 66], [22, 30], [22, 66]];
  return `<svg width="84" height="84" viewBox="0 0 80 80"><rect x="2" y="2" width="76" height="76" rx="6" fill="#b8322a"/><rect x="6" y="6" width="68" height="68" rx="3" fill="none" stroke="#f4e3d3" stroke-width="1.5"/>
  ${c.map((ch, i) => `<text x="${pos[i][0]}" y="${pos[i][1]}" font-family="WenQuanYi Zen Hei" font-size="27" fill="#f8ece0" text-anchor="middle">${esc(ch)}</text>`).join('')}</svg>`;
}
const MOUNTAINS = `<svg width="100%" height="70" viewBox="0 0 200 70" preserveAspectRatio="none"><path d="M0 70 L0 48 Q20 30 38 44 Q52 20 70 38 Q88 14 108 36 Q126 24 140 40 Q160 18 182 42 L200 34 L200 70Z" fill="#c9c3b6" opacity=".7"/><path d="M0 70 L0 58 Q30 44 56 56 Q80 40 104 54 Q132 42 156 56 Q180 48 200 54 L200 70Z" fill="#8f887a" opacity=".8"/></svg>`;

/** 国风 (Chinese-style) template: rice-paper left column with a four-character name seal ("…印") read column by column, ink mountains; right column with cloud-ornament headings and red period tags. */
export function guofengSeal(p: Person): string {
  const tw = p.id === 'p12' || p.id === 'p16';
  const mixed = p.lang === 'mixed';
  const H = (zh: string, twz: string, en: string) => `${tw ? twz : zh}${mixed ? ` <span class="en">${en}</span>` : ''}`;
  const css = `body{font-family:${FONT_ZH};font-size:9.3pt;color:#2e2a25;margin:0}
  .pg{display:grid;grid-template-columns:33% 1fr;min-height:262mm}
  .side{background:linear-gradient(#f4efe4,#ece4d3);padding:14px 12px 0;display:flex;flex-direction:column}
  .side .nm{font-size:25pt;letter-spacing:6px;margin:8px 0 0;color:#2b2118}.side .py{font-size:9pt;color:#8a7a66;letter-spacing:1px}
  .side h3{font-size:10.5pt;color:#b8322a;border-bottom:1px solid #cbbfa9;margin:14px 0 5px;padding-bottom:2px}.side p{margin:2px 0;line-height:1.5}
  .side .sk{margin:2px 0}.side .sk:before{content:'❖ ';color:#b8322a;font-size:8pt}.side .fill{flex:1}
  .main{padding:14px 4px 0 16px}.obj{border:1px solid #cbbfa9;padding:5px 8px;background:#faf7f1;margin-bottom:4px}
  h2{font-size:12pt;color:#2b2118;margin:12px 0 5px;display:flex;align-items:center;gap:6px}h2 .en{font-size:8.5pt;color:#8a7a66;font-weight:normal;letter-spacing:1px}
  .job{margin-bottom:8px}.job .t{display:flex;justify-content:space-between;align-items:baseline}.job .t b{font-size:10.4pt}
  .tag{background:#b8322a;color:#fff;font-size:8.3pt;padding:1px 6px;border-radius:2px;white-space:nowrap}.job .r{color:#8a7a66;margin:1px 0}
  .job ul{margin:2px 0 0 15px;padding:0}.job li{margin:1px 0}`;
  const cloud = '<svg width="20" height="12" viewBox="0 0 20 12"><path d="M2 9 Q2 4 7 5 Q8 1 12 2 Q16 1 16 5 Q19 5 18 9Z" fill="none" stroke="#b8322a" stroke-width="1.3"/></svg>';
  const present = tw ? '至今' : '至今';
  const title = (j: Job) => (mixed ? `${j.titleZh}　${j.title}` : j.title);
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="t"><b>${esc(j.company)}</b><span class="tag">${range(j, 'YYYY.MM', present, ' — ')}</span></div>
    <div class="r">${esc(title(j))}　·　${esc(j.town)}</div><ul>${(mixed ? j.dutiesZh! : j.duties).map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const obj: Record<string, string> = { p08: '求职意向：电商运营总监 ｜ 期望城市：广州 / 深圳 ｜ 期望薪资：面议', p12: '求職意向：人力資源經理 ｜ 工作地點：澳門 ｜ 可於一個月內到職', p14: '求职意向：储能研发总监 / 首席科学家 ｜ 深圳', p16: '求職意向 Objective：Head of CRM / Loyalty ｜ 香港 Hong Kong' };
  const born = `${p.born.slice(0, 4)}.${p.born.slice(5, 7)}`;
  const info = tw
    ? `<p>出生：${born}</p><p>現居：${esc(p.town)}</p><p>電話：${esc(p.phoneIntl)}</p><p>電郵：${esc(p.email)}</p>`
    : `<p>出生：${born}</p><p>现居：${esc(p.town)}</p><p>电话：${esc(p.phoneLocal)}</p><p>邮箱：${esc(p.email)}</p>`;
  const edu = p.education.filter((e) => ym(e.start).y >= 2008).map((e) => `<div class="job"><div class="t"><b>${esc(e.school)}</b><span class="tag">${fmt(e.start, 'YYYY.MM')} — ${fmt(e.end, 'YYYY.MM')}</span></div><div class="r">${esc(mixed ? `${e.degreeZh}　${e.degree}` : e.degree)}</div></div>`).join('');
  const body = `<div class="pg"><div class="side">${seal(p.name)}<div class="nm">${esc(p.name)}</div><div class="py">${esc(p.latin ?? ({ p08: 'WEI SIYUAN' } as Record<string, string>)[p.id] ?? '')}</div>
    <h3>${H('基本信息', '基本資料', 'Profile')}</h3>${info}
    <h3>${H('专业技能', '專業技能', 'Skills')}</h3>${p.skills.map((s) => `<div class="sk">${esc(s.name)}</div>`).join('')}
    <h3>${H('语言能力', '語言能力', 'Languages')}</h3>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
    ${p.certificates.length ? `<h3>${H('证书', '證書', 'Certificates')}</h3>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}` : ''}
    <div class="fill"></div>${MOUNTAINS}</div>
  <div class="main"><div class="obj">${esc(obj[p.id])}</div>
    <h2>${cloud}${H('工作经历', '工作經歷', 'Experience')}</h2>${jobs}
    <h2>${cloud}${H('教育背景', '教育背景', 'Education')}</h2>${edu}
    <h2>${cloud}${H('自我评价', '自我評價', 'About me')}</h2><p>${esc(mixed ? p.summaryZh! : p.summary)}</p></div></div>`;
  return page(p.name, css, body, tw ? 'zh-Hant' : 'zh');
}

/* ------------------------------------------------------------------ rx-pikachu (p05, p13, p16) */
/** Open-source builder theme (Reactive Resume "Pikachu"-type): left sidebar with photo, profiles, rated skills and languages; the name, headline and contact sit in a coloured rounded box at the top of the main column. */
export function rxPikachu(p: Person): string {
  const mixed = p.lang === 'mixed';
  const tw = p.id === 'p16';
  const TW: Record<string, string> = { 主页: '主頁', 语言: '語言', 证书: '證書', 简介: '簡介', 工作经历: '工作經歷' };
  const H = (en: string, zh: string) => (mixed ? `${tw ? (TW[zh] ?? zh) : zh} ${en}` : en);
  const css = `body{font-family:${mixed ? FONT_ZH : FONT_SANS};font-size:9.2pt;color:#1f2937;margin:0}
  .pg{display:grid;grid-template-columns:30% 1fr;gap:14px}.side .ph{width:110px;height:110px;border-radius:10px;overflow:hidden;margin-bottom:8px}
  h4{font-size:10pt;color:#ca8a04;border-bottom:1px solid #ca8a04;margin:10px 0 5px;padding-bottom:1px}.sk{margin:4px 0}.lv{height:4px;background:#f3e8c6;border-radius:2px;margin-top:2px}.lv div{height:4px;background:#ca8a04;border-radius:2px}
  .box{background:#ca8a04;color:#fff;border-radius:10px;padding:12px 14px}.box h1{margin:0;font-size:20pt}.box .hl{font-size:10.5pt;opacity:.95}.box .ct{font-size:8.6pt;margin-top:6px;display:flex;flex-wrap:wrap;gap:4px 14px}
  h3{font-size:10.5pt;color:#ca8a04;margin:12px 0 5px;text-transform:uppercase;letter-spacing:.4px}.it{margin-bottom:8px}.row{display:flex;justify-content:space-between}.row b{font-size:9.8pt}.mut{color:#6b7280}
  ul{margin:2px 0 0 15px;padding:0}`;
  const lv = [92, 88, 80, 84, 90, 70, 75, 85, 80, 78];
  const dstyle = mixed ? 'YYYY.MM' : 'Mon YYYY';
  const present = mixed ? (tw ? '至今 Present' : '至今') : 'Present';
  const jobs = newestFirst(p).map((j) => `<div class="it"><div class="row"><b>${esc(j.company)}</b><span>${range(j, dstyle, present, ' - ')}</span></div>
    <div class="row"><span>${esc(mixed ? `${j.title} · ${j.titleZh}` : j.title)}</span><span class="mut">${esc(j.town)}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const profiles = p.id === 'p05' ? ['LinkedIn · dana-okafor-reyes', 'GitHub · dokafor', 'Keybase · danaor'] : p.id === 'p13' ? ['Behance · zihanzhou', '小红书 · 子涵做设计'] : ['LinkedIn · winky-ho-crm'];
  const body = `<div class="pg"><div class="side"><div class="ph">${photoSvg(110, 137, '#fde68a', '#a16207')}</div>
    <h4>${H('Profiles', '主页')}</h4>${profiles.map((x) => `<div>${esc(x)}</div>`).join('')}
    <h4>${H('Skills', '技能')}</h4>${p.skills.map((s, i) => `<div class="sk">${esc(s.name)}<div class="lv"><div style="width:${lv[i]}%"></div></div></div>`).join('')}
    <h4>${H('Languages', '语言')}</h4>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}
    ${p.certificates.length ? `<h4>${H('Certifications', '证书')}</h4>${p.certificates.map((c) => `<div style="margin-bottom:3px">${esc(c)}</div>`).join('')}` : ''}</div>
  <div class="main"><div class="box"><h1>${esc(mixed ? `${p.name} ${p.latin}` : p.name)}</h1><div class="hl">${esc(mixed ? `${p.headline} / ${p.headlineZh}` : p.headline)}</div>
    <div class="ct"><span>✉ ${esc(p.email)}</span><span>☏ ${esc(p.phoneIntl)}</span><span>⌂ ${esc(p.town)}</span>${p.id === 'p05' ? '<span>⊕ okafor-reyes.net</span>' : ''}</div></div>
    <h3>${H('Summary', '简介')}</h3><p style="margin:0">${esc(p.summary)}</p>
    <h3>${H('Experience', '工作经历')}</h3>${jobs}
    <h3>${H('Education', '教育')}</h3>${p.education.filter((e) => !/school/i.test(e.degree)).map((e) => `<div class="it"><div class="row"><b>${esc(e.school)}</b><span>${fmt(e.start, dstyle)} - ${fmt(e.end, dstyle)}</span></div><div>${esc(e.degree)}</div></div>`).join('')}</div></div>`;
  return page(p.name, css, body, mixed ? 'zh' : 'en');
}

/* ------------------------------------------------------------------ ms-publisher (p02, p07, p15) */
const PUB: Record<string, { color: string; splitAfter: number; leftover: string; tag: string }> = {
  p02: { color: '#1e5a8c', splitAfter: 10, leftover: 'Fax: 555-555-5555', tag: 'Quality is not an act, it is a habit.' },
  p07: { color: '#7a3e1d', splitAfter: 9, leftover: 'Fax: 555-555-5555', tag: 'Your business tag line here.' },
  p15: { color: '#2f6b4f', splitAfter: 8, leftover: 'Organization Name', tag: 'Data-driven supply chain · 数据驱动的供应链' },
};

/** Desktop-publishing résumé (Microsoft Publisher-type) exported to PDF: every block an absolutely positioned text box; the experience story flows from the left box into a linked box on the right, splitting a job; left-over placeholder text from the template's personal-information set. */
export function msPublisher(p: Person): string {
  const c = PUB[p.id];
  const mixed = p.lang === 'mixed';
  const css = `body{font-family:${mixed ? FONT_ZH : FONT_SERIF};font-size:9.2pt;color:#222;margin:0}
  .pg{position:relative;width:182mm;height:262mm}.bx{position:absolute;overflow:hidden}
  .band{left:0;top:0;width:182mm;height:34mm;background:${c.color}}
  .nm{left:8mm;top:5mm;width:120mm;color:#fff;font-size:24pt;font-family:${FONT_SANS}}.ti{left:8mm;top:20mm;width:150mm;color:#e8eef4;font-size:11pt;font-family:${FONT_SANS}}
  .tg{left:118mm;top:36mm;width:64mm;font-style:italic;color:#777;font-size:8.5pt;text-align:right}
  h3{font-family:${FONT_SANS};color:${c.color};font-size:10.5pt;margin:0 0 3px;border-bottom:1.5px solid ${c.color}}
  .a{left:0;top:44mm;width:86mm;height:120mm}.b{left:96mm;top:44mm;width:86mm;height:216mm}.c{left:0;top:170mm;width:86mm;height:90mm;background:#f2f2f2;padding:3mm;box-sizing:border-box}
  .j{margin:0 0 2px}.j b{font-family:${FONT_SANS};font-size:9.6pt}.j .d{color:#555;font-size:8.6pt}ul{margin:1px 0 5px 14px;padding:0}li{margin:1px 0}
  .rule{left:91mm;top:44mm;width:0;height:216mm;border-left:1px solid #bbb}`;
  const jobs = newestFirst(p);
  type Blk = string;
  const blocks: Blk[] = [];
  const dfmt = p.id === 'p02' ? (j: Job) => range(j, 'MM/YYYY', 'Present', ' - ') : p.id === 'p07' ? (j: Job) => range(j, 'Month YYYY', 'to date') : (j: Job) => range(j, 'YYYY.MM', '至今', ' – ');
  for (const j of jobs) {
    blocks.push(`<div class="j"><b>${esc(mixed ? `${j.title} ${j.titleZh}` : j.title)}</b><br>${esc(j.company)}, ${esc(j.town)}<br><span class="d">${dfmt(j)}</span></div>`);
    for (const d of j.duties) blocks.push(`<ul><li>${esc(d)}</li></ul>`);
  }
  const head = `<h3>${mixed ? '职业目标 Objective' : 'Objective'}</h3><p style="margin:0 0 6px">${esc(p.summary)}</p><h3>${mixed ? '工作经历 Experience' : 'Experience'}</h3>`;
  const a = head + blocks.slice(0, c.splitAfter).join('');
  const b = blocks.slice(c.splitAfter).join('') + `<h3 style="margin-top:6px">${mixed ? '教育 Education' : 'Education'}</h3>${p.education.slice(0, mixed ? 1 : 2).map((e) => `<p style="margin:0 0 3px">${esc(`${e.degree}, ${e.school}`)} (${ym(e.start).y}–${ym(e.end).y})</p>`).join('')}`
    + (p.certificates.length ? `<h3 style="margin-top:6px">${mixed ? '证书 Certificates' : p.id === 'p07' ? 'Trainings' : 'Certificates'}</h3>${p.certificates.map((x) => `<p style="margin:0 0 2px">${esc(x)}</p>`).join('')}` : '')
    + (p.referees.length ? `<h3 style="margin-top:6px">References</h3>${p.referees.map((r) => `<p style="margin:0 0 2px">${esc(r.name)}, ${esc(r.role)}, ${esc(r.org)} — ${esc(r.phone)}</p>`).join('')}` : '');
  const cc = `<h3>${mixed ? '个人信息 Personal Information' : 'Personal Information'}</h3>
    <div>${esc(p.address)}</div><div>Phone: ${esc(p.phoneIntl)}</div>${p.otherPhones[0] ? `<div>${esc(p.otherPhones[0].label)}: ${esc(p.otherPhones[0].number)}</div>` : ''}<div>${esc(c.leftover)}</div><div>E-mail: ${esc(p.email)}</div>
    <h3 style="margin-top:6px">${mixed ? '技能 Skills' : 'Skills'}</h3><div>${esc(p.skills.map((s) => s.name).join(' • '))}</div>
    <h3 style="margin-top:6px">${mixed ? '语言 Languages' : 'Languages'}</h3><div>${esc(p.languages.join(' • '))}</div>`;
  const body = `<div class="pg"><div class="bx band"></div><div class="bx nm">${esc(mixed ? `${p.name}  ${p.latin}` : p.name)}</div><div class="bx ti">${esc(mixed ? `${p.headline} · ${p.headlineZh}` : p.headline)}</div>
  <div class="bx tg">${esc(c.tag)}</div><div class="bx rule"></div><div class="bx a">${a}</div><div class="bx b">${b}</div><div class="bx c">${cc}</div></div>`;
  return page(p.name, css, body, mixed ? 'zh' : 'en');
}
