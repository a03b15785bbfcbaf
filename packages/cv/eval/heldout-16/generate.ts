/**
 * heldout-16 generator: writes documents/, truth.json and manifest.json. Refuses to run once manifest.json exists unless --force.
 * Run: cd packages/cv && npx tsx eval/heldout-16/generate.ts
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, WidthType, VerticalAlign,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, shown, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: the set is frozen (use --force to regenerate)');
  process.exit(1);
}

// ---------- dates ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const IRISH = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
type Style = 'Mon YYYY' | 'Month YYYY' | 'Irish' | 'MM/YYYY' | 'MM.YYYY' | 'YYYY.MM' | 'YYYY年MM月' | 'YYYY年M月' | 'MM/YY' | 'YYYY-MM' | 'YYYY/MM';
function d(s: string, style: Style): string {
  const y = s.slice(0, 4), m = Number(s.slice(5, 7)), mm = s.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'Irish': return `${IRISH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'MM/YY': return `${mm}/${y.slice(2)}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
  }
}
const r = (j: { start: string; end: string | null }, st: Style, sep = ' – ', now = 'Present') => `${d(j.start, st)}${sep}${j.end ? d(j.end, st) : now}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sk = (p: Person) => p.skills.map(shown);
const dispName = (p: Person) => (p.altName ? `${p.name} ${p.altName}` : p.name);
const zhP = (p: Person) => p.language === 'zh';
const sex: Record<string, string> = { p08: '男', p09: '女', p10: '男', p11: '男', p12: '女', p13: '女', p14: '男', p15: '女', p16: '男' };

const page = (css: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:"Liberation Sans","DejaVu Sans","WenQuanYi Zen Hei",sans-serif;font-size:10.5pt;color:#222;margin:0;line-height:1.35}
ul{margin:2px 0 6px 0;padding-left:18px} li{margin:1px 0} p{margin:3px 0} h1,h2,h3{margin:0}
${css}</style></head><body>${body}</body></html>`;

// ---------- single-column HTML ----------
function irishUnderlined(p: Person): string {
  const css = `body{font-size:10pt;line-height:1.3}h1{text-align:center;font-size:20pt;letter-spacing:1px}.c{text-align:center}
h2{font-size:11pt;text-transform:uppercase;text-decoration:underline;margin:9px 0 4px}
.job{display:flex;margin-bottom:4px}.dt{width:36mm;flex:none;font-weight:bold}.tt{font-weight:bold}`;
  const jobs = p.work.map((j) => `<div class="job"><div class="dt">${r(j, 'Irish', ' – ')}</div><div><div class="tt">${esc(j.title)}</div><div><i>${esc(j.company)}</i>, ${esc(j.town ?? '')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('');
  return page(css, `<h1>${esc(p.name)}</h1><p class="c">${esc(p.address)}<br>Mobile: ${p.phonePrinted} &nbsp;|&nbsp; Email: ${p.email}</p>
<h2>Personal Details</h2><p>Date of Birth: ${p.birth ?? ''} &nbsp;&nbsp; Nationality: ${p.nationality}</p><p>Full clean driving licence</p>
<h2>Personal Profile</h2><p>${esc(p.profile)}</p>
<h2>Key Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Employment History</h2>${jobs}
<h2>Education &amp; Training</h2>${p.education.map((e) => `<div class="job"><div class="dt">${d(e.start, 'Irish')} – ${d(e.end, 'Irish')}</div><div><b>${esc(e.award)}</b><br>${esc(e.school)}</div></div>`).join('')}
<h2>Certificates</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>Interests</h2><p>GAA (camogie coach, U-12s), sea swimming at Lahinch.</p>
<h2>Referees</h2><p>Available on request.</p>`);
}

function tradesOneline(p: Person): string {
  const css = `h1{font-size:22pt}.sub{font-size:11pt;color:#444;margin-bottom:8px}h2{font-size:11.5pt;margin:12px 0 4px;border-bottom:2px solid #1d4e89;color:#1d4e89}
.one{margin:3px 0}.one b{display:inline-block;width:44mm}`;
  return page(css, `<h1>${esc(p.name)}</h1><div class="sub">${esc(p.occupation)} — ${esc(p.address)}<br>${p.phonePrinted} · ${p.email}</div>
<p>${esc(p.profile)}</p>
<h2>Work History</h2>${p.work.map((j) => `<div class="one"><b>${r(j, 'MM/YYYY', ' – ', 'present')}</b>${esc(j.title)}, ${esc(j.company)}, ${esc(j.town ?? '')}</div>`).join('')}
<h2>Skills</h2><p>${sk(p).map(esc).join(' • ')}</p>
<h2>Tickets &amp; Cards</h2><p>${p.certificates.map(esc).join(' • ')}</p>
<h2>Training</h2>${p.education.map((e) => `<div class="one"><b>${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</b>${esc(e.award)}, ${esc(e.school)}</div>`).join('')}
<h2>References</h2><p>From current employer on request.</p>`);
}

function smallcapsSerif(p: Person): string {
  const css = `body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:11pt}h1{font-size:24pt;font-variant:small-caps;font-weight:normal;text-align:center}
.c{text-align:center;margin-bottom:10px}h2{font-variant:small-caps;font-weight:normal;font-size:14pt;margin:14px 0 4px;letter-spacing:.5px}
.emp{font-weight:bold;margin-top:8px}.ti{font-style:italic}.dt{color:#555}`;
  return page(css, `<h1>${esc(p.name)}</h1><div class="c">${esc(p.address)} · ${p.phonePrinted} · ${p.email}</div>
<h2>Summary</h2><p>${esc(p.profile)}</p>
<h2>Professional Experience</h2>${p.work.map((j) => `<div class="emp">${esc(j.company)}</div><div class="ti">${esc(j.title)}</div><div class="dt">${r(j, 'Month YYYY', ' – ', 'present')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="emp">${esc(e.school)}</div><div class="ti">${esc(e.award)}</div><div class="dt">${d(e.start, 'Month YYYY')} – ${d(e.end, 'Month YYYY')}</div>`).join('')}
<h2>Technical Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Languages</h2><p>${p.languages.map(esc).join('; ')}</p>
<h2>Professional Membership</h2><p>${p.certificates.map(esc).join('; ')}</p>`);
}

function iconHeadings(p: Person): string {
  const css = `h1{font-size:21pt;color:#0b6e69}.sub{color:#0b6e69;font-size:12pt}.ct{margin:6px 0 8px}h2{font-size:12pt;color:#0b6e69;margin:12px 0 4px}
h2 span{display:inline-block;width:22px;height:22px;border-radius:11px;background:#0b6e69;color:#fff;text-align:center;line-height:22px;margin-right:6px;font-size:11pt}
.jh{margin-top:6px}`;
  return page(css, `<h1>${esc(dispName(p))}</h1><div class="sub">${esc(p.occupation)}</div>
<div class="ct">☎ ${p.phonePrinted} &nbsp; ✉ ${p.email} &nbsp; ⌂ ${esc(p.address)}</div>
<h2><span>☺</span>About me</h2><p>${esc(p.profile)}</p>
<h2><span>⚑</span>Experience</h2>${p.work.map((j) => `<div class="jh"><b>${esc(j.title)}</b> · ${esc(j.company)} (${r(j, 'Mon YYYY', ' – ', 'now')})</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h2><span>★</span>Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2><span>✎</span>Education</h2>${p.education.map((e) => `<p><b>${esc(e.award)}</b> · ${esc(e.school)} (${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')})</p>`).join('')}
<h2><span>✈</span>Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>`);
}

function proseNarrative(p: Person): string {
  const css = `body{font-family:"Liberation Serif",serif;font-size:11.5pt;line-height:1.5}h1{font-size:18pt}h2{font-size:12pt;margin:14px 0 4px}`;
  const [a, b, c] = p.work;
  return page(css, `<h1>${esc(p.name)}</h1><p>${esc(p.address)}<br>Tel. ${p.phonePrinted}<br>E-mail: ${p.email}</p>
<h2>About me</h2><p>${esc(p.profile)} I am writing this CV in English because I would like to continue my work with international medical teams.</p>
<h2>My work so far</h2>
<p>I started my working life as an emergency department nurse at <b>${esc(c.company)}</b> (${r(c, 'MM/YYYY', ' – ')}), where I was the ${esc(c.bullets[0].toLowerCase())}. I learned to decide quickly and to speak plainly with families.</p>
<p>In February 2020 I moved to Kyiv to work as ${esc(b.title)} at <b>${esc(b.company)}</b> (${r(b, 'MM/YYYY', ' – ')}). ${esc(b.bullets[0])}, with ${esc(b.bullets[1].toLowerCase())}. After the full-scale invasion our crews worked double shifts for months.</p>
<p>${esc(p.gap!)}. It is not work experience, but I used it to renew my ALS certificate.</p>
<p>Since September 2024 I have been a ${esc(a.title)} with <b>${esc(a.company)}</b>, a humanitarian medical organisation (${r(a, 'MM/YYYY', ' – ', 'present')}). ${esc(a.bullets[0])}; I also ${esc(a.bullets[1].toLowerCase())}.</p>
<h2>What I am good at</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Education</h2><p>${esc(p.education[0].award)}, ${esc(p.education[0].school)}, ${d(p.education[0].start, 'MM/YYYY')} – ${d(p.education[0].end, 'MM/YYYY')}.</p>
<h2>Certificates</h2><p>${p.certificates.map(esc).join(', ')}.</p>
<h2>Languages</h2><p>${p.languages.map(esc).join(', ')}.</p>`);
}

const extra: Record<string, string[][]> = {
  p03: [['Prepare the weekly forecast of arrivals, departures and occupancy for the management meeting', 'Recruit and onboard seasonal staff each March, including accommodation and contracts', 'Set up a pre-arrival e-mail that sells transfers and spa treatments', 'Handle escalated complaints and compensation decisions up to €500', 'Audit cash and credit card reports with the night auditor', 'Work with housekeeping on early check-ins and late check-outs', 'Train reception on GDPR and guest data handling'], ['Prepared daily arrival lists and room blocking', 'Coordinated with tour operators on group rooming lists', 'Covered night audit when needed', 'Managed lost and found and guest safe deposit', 'Mentored two interns from Greek tourism schools'], ['Answered phone, e-mail and walk-in enquiries in three languages', 'Arranged boat trips and car hire'], []],
  p07: [['Prepare students for WASSCE Core and Elective Mathematics', 'Organise extra classes on Saturdays for weak students', 'Set and mark termly examinations and keep continuous assessment records', 'Coordinate the school mathematics quiz team (NSMQ zonal stage 2023)', 'Guide form students and meet parents on PTA days'], ['Prepared lesson notes and teaching and learning materials', 'Organised the school\'s first mathematics club'], ['Assisted officers with filing and data capture']],
  p14: [['Plan and lead audits of manufacturing and TMT clients under PRC GAAP and IFRS', 'Review working papers and draft management letters', 'Coordinate component auditors in Hong Kong and Singapore', 'Present audit findings to audit committees', 'Coach a team of 8 associates and seniors', 'Support A-share IPO prospectus financial sections and CSRC feedback'], ['Led fieldwork teams of 3 to 6 on SOE group audits', 'Tested revenue, inventory and fixed asset cycles', 'Performed internal control testing and walkthroughs', 'Prepared consolidation working papers'], ['Built valuation comparables']],
};
function twoPageHeader(p: Person): string {
  const css = `table.wrap{width:100%;border-collapse:collapse}thead td{border-bottom:1px solid #999;font-size:9pt;color:#555;padding-bottom:4px}
tbody td{padding-top:8px}h1{font-size:22pt}h2{font-size:12.5pt;text-transform:uppercase;margin:14px 0 4px;color:#7a1f1f}
.j{margin-top:8px}.j .t{font-weight:bold;font-size:11pt}.j .m{color:#444}li{margin:3px 0}body{font-size:11pt;line-height:1.5}`;
  const jobs = p.work.map((j, i) => `<div class="j"><div class="t">${esc(j.title)}</div><div class="m">${esc(j.company)}, ${esc(j.town ?? '')} | ${r(j, 'Month YYYY', ' – ', 'Present')}</div><ul>${[...j.bullets, ...(extra[p.id]?.[i] ?? [])].map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  return page(css, `<table class="wrap"><thead><tr><td>${esc(dispName(p))} — Curriculum Vitae — ${p.email} — ${p.phonePrinted}</td></tr></thead><tbody><tr><td>
<h1>${esc(dispName(p))}</h1><p>${esc(p.occupation)} · ${esc(p.address)}</p>
<h2>Profile</h2><p>${esc(p.profile)}</p><p>I am looking for a role where I can take more responsibility and keep learning. Colleagues describe me as organised, patient and direct.</p>
<h2>Core Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Professional Experience</h2>${jobs}
<h2>Education</h2>${p.education.map((e) => `<div class="j"><div class="t">${esc(e.award)}</div><div class="m">${esc(e.school)} | ${d(e.start, 'Month YYYY')} – ${d(e.end, 'Month YYYY')}</div></div>`).join('')}
<h2>Certifications</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>Languages</h2><ul>${p.languages.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>References</h2><p>Available upon request.</p></td></tr></tbody></table>`);
}

function zhGuoqi(p: Person): string {
  const css = `body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:11pt;line-height:1.7}h1{text-align:center;font-size:20pt;letter-spacing:8px;margin-bottom:8px}
h2{font-size:12pt;margin:12px 0 2px;color:#a00}.g span{display:inline-block;width:48%}.w b{display:inline-block;width:46mm;font-weight:normal}`;
  return page(css, `<h1>个人简历</h1><h2>【基本情况】</h2><div class="g"><span>姓　　名：${p.name}</span><span>性　　别：${sex[p.id]}</span><span>出生年月：${p.birth}</span><span>民　　族：${p.nationality}</span><span>联系电话：${p.phonePrinted}</span><span>电子邮箱：${p.email}</span><span>现住址：${p.address}</span><span>求职意向：${p.occupation}</span></div>
<h2>【教育经历】</h2>${p.education.map((e) => `<div class="w"><b>${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}</b>${e.school}　${e.award}</div>`).join('')}
<h2>【工作经历】</h2>${p.work.map((j) => `<div class="w"><b>${r(j, 'YYYY.MM', '—', '至今')}</b>${j.company}　${j.title}</div><div style="padding-left:46mm">${j.bullets.map((b) => `${b}；`).join('')}</div>`).join('')}
<h2>【技能特长】</h2>${sk(p).map((s, i) => `<div>${i + 1}. ${s}</div>`).join('')}
<h2>【资格证书】</h2><div>${p.certificates.join('；')}</div>
<h2>【自我评价】</h2><div>${p.profile}</div>`);
}

function zhSquare(p: Person): string {
  const css = `body{font-family:"WenQuanYi Zen Hei",sans-serif;line-height:1.6}h1{font-size:22pt;color:#1f5fa8}.ct{margin:4px 0 6px;color:#333}
h2{font-size:12.5pt;color:#1f5fa8;border-bottom:1px solid #1f5fa8;margin:12px 0 4px;padding-bottom:2px}.co{font-weight:bold;margin-top:6px}.dt{color:#777;font-size:9.5pt}`;
  return page(css, `<h1>${p.name}</h1><div class="ct">电话：${p.phonePrinted}　|　邮箱：${p.email}　|　${p.address}</div>
<h2>■ 求职意向</h2><p>${p.occupation}</p>
<h2>■ 工作经历</h2>${p.work.map((j) => `<div class="co">${j.company}　|　${j.title}</div><div class="dt">${r(j, 'YYYY.MM', ' ~ ', '至今')}</div><ul>${j.bullets.map((b) => `<li>${b}</li>`).join('')}</ul>`).join('')}
<h2>■ 教育背景</h2>${p.education.map((e) => `<div class="co">${e.school}　${e.award}</div><div class="dt">${d(e.start, 'YYYY.MM')} ~ ${d(e.end, 'YYYY.MM')}</div>`).join('')}
<h2>■ 专业技能</h2><ul>${sk(p).map((s) => `<li>${s}</li>`).join('')}</ul>
<h2>■ 执业资格/证书</h2><p>${p.certificates.join('、')}</p>
<h2>■ 自我评价</h2><p>${p.profile}</p>`);
}

function bilingualWaiqi(p: Person): string {
  const css = `h1{font-size:20pt}.en{font-size:13pt;color:#555}.ct{margin:6px 0}h2{font-size:11.5pt;background:#e8eef5;padding:3px 6px;margin:12px 0 5px}
.jt{overflow:hidden;margin-top:6px}.jt .dt{float:right;color:#333}`;
  return page(css, `<h1>${p.name} <span class="en">${p.altName}</span></h1><div class="ct">Mobile 手机: ${p.phonePrinted} &nbsp; Email 邮箱: ${p.email}<br>Location 所在地: ${esc(p.address)}</div>
<h2>个人简介 SUMMARY</h2><p>${esc(p.profile)}</p>
<h2>工作经历 WORK EXPERIENCE</h2>${p.work.map((j) => `<div class="jt"><span class="dt">[${r(j, 'MM/YYYY', ' – ', 'Present')}]</span><b>${esc(j.title)}</b> | ${esc(j.company)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h2>教育背景 EDUCATION</h2>${p.education.map((e) => `<div class="jt"><span class="dt">[${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}]</span><b>${esc(e.school)}</b><br>${esc(e.award)}</div>`).join('')}
<h2>专业技能 SKILLS</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>证书 CERTIFICATES</h2><p>${p.certificates.map(esc).join('; ') || '—'}</p>
<h2>语言 LANGUAGES</h2><p>${p.languages.map(esc).join('; ')}</p>`);
}

// ---------- two-column HTML ----------
function greySidebar(p: Person): string {
  const css = `.g{display:grid;grid-template-columns:58mm 1fr;min-height:260mm}.l{background:#eef0f2;padding:10px 10px}.m{padding:4px 0 0 14px}
h1{font-size:19pt;line-height:1.1}.oc{color:#5b6b7a;margin:2px 0 10px}h3{font-size:10pt;text-transform:uppercase;letter-spacing:1px;color:#5b6b7a;margin:12px 0 4px}
.l p{margin:2px 0;font-size:9.5pt;word-break:break-all}.dt{font-size:8.5pt;text-transform:uppercase;color:#777;margin-top:8px}`;
  return page(css, `<div class="g"><div class="l"><h3>Contact</h3><p>${p.phonePrinted}</p><p>${p.email}</p><p>${esc(p.address)}</p>
<h3>Skills</h3>${sk(p).map((s) => `<p>${esc(s)}</p>`).join('')}
<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
<h3>Certificates</h3>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('') || '<p>—</p>'}</div>
<div class="m"><h1>${esc(dispName(p))}</h1><div class="oc">${esc(p.occupation)}</div><p>${esc(p.profile)}</p>
<h3>Experience</h3>${p.work.map((j) => `<div class="dt">${r(j, 'Mon YYYY', ' — ', 'Present')}</div><b>${esc(j.title)}</b>, ${esc(j.company)}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h3>Education</h3>${p.education.map((e) => `<div class="dt">${d(e.start, 'Mon YYYY')} — ${d(e.end, 'Mon YYYY')}</div><b>${esc(e.award)}</b><br>${esc(e.school)}`).join('')}</div></div>`);
}

const lvl = [5, 4, 4, 3, 5, 4, 3];
function rightRail(p: Person): string {
  const css = `.g{display:flex;gap:14px}.m{flex:1}.r{width:62mm;border-left:3px solid #c0392b;padding-left:10px}h1{font-size:22pt;color:#c0392b}
h2{font-size:12pt;color:#c0392b;margin:12px 0 4px}.r p{margin:2px 0;font-size:9.5pt}.dots{color:#c0392b;letter-spacing:1px;float:right}.e{margin-top:7px}`;
  return page(css, `<div class="g"><div class="m"><h1>${esc(dispName(p))}</h1><div>${esc(p.occupation)}</div>
<h2>Profile</h2><p>${esc(p.profile)}</p>
<h2>Employment</h2>${p.work.map((j) => `<div class="e"><b>${esc(j.company)}</b> — ${esc(j.title)}<br><i>${d(j.start, 'MM/YYYY')} to ${j.end ? d(j.end, 'MM/YYYY') : 'present'}</i></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="e"><b>${esc(e.school)}</b><br>${esc(e.award)}, ${d(e.start, 'MM/YYYY')} to ${d(e.end, 'MM/YYYY')}</div>`).join('')}</div>
<div class="r"><h2>Contact</h2><p>${p.phonePrinted}</p><p>${p.email}</p><p>${esc(p.address)}</p>
<h2>Skills</h2>${sk(p).map((s, i) => `<p>${esc(s)} <span class="dots">${'●'.repeat(lvl[i])}${'○'.repeat(5 - lvl[i])}</span></p>`).join('')}
<h2>Languages</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
<h2>Certificates</h2>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('') || '<p>—</p>'}</div></div>`);
}

function zh2colHeader(p: Person): string {
  const css = `body{font-family:"WenQuanYi Zen Hei",sans-serif;line-height:1.6}.top{background:#2d6a4f;color:#fff;padding:12px 16px}.top h1{font-size:24pt}
.g{display:flex}.l{width:56mm;background:#f1f7f3;padding:8px 10px;font-size:9.5pt}.m{flex:1;padding:8px 0 0 14px}h2{font-size:12pt;color:#2d6a4f;border-left:4px solid #2d6a4f;padding-left:6px;margin:10px 0 4px}
.l p{margin:2px 0;word-break:break-all}.co{font-weight:bold;margin-top:6px}.dt{color:#666;font-size:9.5pt}`;
  const mixed = p.language === 'mixed';
  return page(css, `<div class="top"><h1>${esc(dispName(p))}</h1><div>求职意向：${esc(p.occupation)}</div></div><div class="g"><div class="l">
<h2>个人信息</h2><p>性别：${sex[p.id]}</p><p>出生：${p.birth}</p><p>电话：${p.phonePrinted}</p><p>邮箱：${p.email}</p><p>地址：${esc(p.address)}</p>
<h2>专业技能</h2>${sk(p).map((s) => `<p>· ${esc(s)}</p>`).join('')}
<h2>证书</h2>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}
<h2>语言</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('') || '<p>普通话</p>'}</div>
<div class="m"><h2>工作经历</h2>${p.work.map((j) => `<div class="co">${esc(j.title)}　${esc(j.company)}</div><div class="dt">${r(j, 'YYYY年MM月', ' - ', mixed ? '至今 Present' : '至今')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h2>教育背景</h2>${p.education.map((e) => `<div class="co">${esc(e.school)}</div><div>${esc(e.award)}</div><div class="dt">${d(e.start, 'YYYY年MM月')} - ${d(e.end, 'YYYY年MM月')}</div>`).join('')}
<h2>自我评价</h2><p>${esc(p.profile)}</p></div></div>`);
}

// ---------- tables & forms HTML ----------
const formCss = `table{border-collapse:collapse;width:100%;margin-bottom:8px}td,th{border:1px solid #444;padding:4px 5px;vertical-align:top;font-size:9.5pt}
th{background:#e6e6e6;text-align:left}.lab{background:#f3f3f3;font-weight:bold;width:28%}h1{font-size:15pt;text-align:center}h2{font-size:11pt;margin:10px 0 4px}`;
function agencyRegistration(p: Person): string {
  const agency = p.id === 'p02' ? 'Clydeside Trades Recruitment' : p.id === 'p07' ? 'Accra Teachers Placement Services' : p.id === 'p04' ? 'Norte Engineering Talent' : 'Midwest Driver Recruitment';
  return page(formCss + `.hd{display:flex;justify-content:space-between;border-bottom:3px solid #e67e22;margin-bottom:8px}.hd b{font-size:14pt;color:#e67e22}`, `<div class="hd"><b>${agency}</b><span>Candidate Registration Form<br>Office use: Ref ______</span></div>
<h2>1. Personal details</h2><table><tr><td class="lab">Full name</td><td colspan="3">${esc(p.name)}</td></tr><tr><td class="lab">Address</td><td colspan="3">${esc(p.address)}</td></tr>
<tr><td class="lab">Mobile</td><td>${p.phonePrinted}</td><td class="lab">Email</td><td>${p.email}</td></tr><tr><td class="lab">Nationality</td><td>${p.nationality}</td><td class="lab">Right to work</td><td>Yes</td></tr></table>
<h2>2. Work sought</h2><table><tr><td class="lab">Position(s)</td><td>${esc(p.occupation)}</td><td class="lab">Availability</td><td>4 weeks notice</td></tr></table>
<h2>3. Employment history (most recent first)</h2><table><tr><th>From (mm/yy)</th><th>To (mm/yy)</th><th>Employer</th><th>Job title</th><th>Reason for leaving</th></tr>
${p.work.map((j, i) => `<tr><td>${d(j.start, 'MM/YY')}</td><td>${j.end ? d(j.end, 'MM/YY') : 'Current'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${i === 0 ? 'N/A' : 'Career progression'}</td></tr>`).join('')}</table>
<h2>4. Skills</h2><table><tr><td>${sk(p).map(esc).join('<br>')}</td></tr></table>
<h2>5. Licences, tickets and qualifications</h2><table><tr><td>${p.certificates.map(esc).join('<br>')}</td></tr></table>
<h2>6. Declaration</h2><p>I confirm the information given is true and I consent to it being passed to clients for work-finding purposes.</p>
<table><tr><td class="lab">Signed</td><td>${esc(p.name)}</td><td class="lab">Date</td><td>03/11/2026</td></tr></table>`);
}

function hotelApplication(p: Person): string {
  const hotel = p.id === 'p03' ? 'AMMOS HOTELS &amp; RESORTS – Crete' : 'LOTUS BAY HOTEL GROUP';
  return page(formCss + `.brand{text-align:center;letter-spacing:3px;color:#1a5276;font-weight:bold}`, `<div class="brand">${hotel}</div><h1>APPLICATION FOR EMPLOYMENT</h1>
<table><tr><td class="lab">Position applied for</td><td>${esc(p.occupation)}</td><td class="lab">Department</td><td>${p.id === 'p03' ? 'Front Office' : 'Food &amp; Beverage'}</td></tr></table>
<h2>PERSONAL INFORMATION</h2><table><tr><td class="lab">Name &amp; Surname</td><td colspan="3">${esc(dispName(p))}</td></tr>
<tr><td class="lab">Date of birth</td><td>${p.birth}</td><td class="lab">Nationality</td><td>${p.nationality}</td></tr>
<tr><td class="lab">Mobile phone</td><td>${p.phonePrinted}</td><td class="lab">E-mail</td><td>${p.email}</td></tr><tr><td class="lab">Home address</td><td colspan="3">${esc(p.address)}</td></tr></table>
<h2>PREVIOUS EMPLOYMENT</h2><table><tr><th>Hotel / Company</th><th>Position</th><th>From</th><th>To</th><th>Main duties</th></tr>
${p.work.map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${d(j.start, 'Mon YYYY')}</td><td>${j.end ? d(j.end, 'Mon YYYY') : 'today'}</td><td>${esc(j.bullets[0])}</td></tr>`).join('')}</table>
<h2>EDUCATION</h2><table><tr><th>School / University</th><th>Degree</th><th>Years</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.award)}</td><td>${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</td></tr>`).join('')}</table>
<h2>LANGUAGES</h2><table><tr><th>Language</th><th>Level</th></tr>${p.languages.map((l) => { const m = l.match(/^(.*?) \((.*)\)$/); return `<tr><td>${esc(m ? m[1] : l)}</td><td>${esc(m ? m[2] : 'fluent')}</td></tr>`; }).join('')}</table>
<h2>SKILLS / COMPUTER KNOWLEDGE</h2><table><tr><td>${sk(p).map(esc).join('<br>')}</td></tr></table>
<p>I declare that the above information is correct. Signature: ____________________</p>`);
}

function zhGongwuyuan(p: Person): string {
  const zs = p.education.map((e) => `${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}　${e.school}　${e.award}　学生`);
  const ws = [...p.work].reverse().map((j) => `${r(j, 'YYYY.MM', '-', '至今')}　${j.company}　${j.title}`);
  return page(formCss + `body{font-family:"WenQuanYi Zen Hei",sans-serif}td{font-size:10pt;text-align:left}.lab{width:auto;text-align:center;white-space:nowrap}`, `<h1>报考人员信息表</h1><p style="text-align:right">报考职位代码：30012${p.id.slice(1)}</p>
<table><tr><td class="lab">姓名</td><td>${p.name}</td><td class="lab">性别</td><td>${sex[p.id]}</td><td class="lab">出生年月</td><td>${p.birth}</td><td rowspan="3" style="width:22mm;text-align:center;vertical-align:middle">照片</td></tr>
<tr><td class="lab">民族</td><td>${p.nationality}</td><td class="lab">政治面貌</td><td>${p.id === 'p12' ? '中共党员' : '群众'}</td><td class="lab">学历学位</td><td>本科/学士</td></tr>
<tr><td class="lab">毕业院校</td><td colspan="3">${p.education[0].school}</td><td class="lab">专业</td><td>${p.education[0].award.split(' ')[0]}</td></tr>
<tr><td class="lab">工作单位</td><td colspan="6">${p.work[0].company}</td></tr>
<tr><td class="lab">联系电话</td><td colspan="2">${p.phonePrinted}</td><td class="lab">电子邮箱</td><td colspan="3">${p.email}</td></tr>
<tr><td class="lab">通讯地址</td><td colspan="6">${p.address}</td></tr>
<tr><td class="lab" style="vertical-align:middle">个人简历<br>（从高中<br>起填写）</td><td colspan="6">${[...zs, ...ws].join('<br>')}</td></tr>
<tr><td class="lab">专业技能</td><td colspan="6">${sk(p).join('；')}</td></tr>
<tr><td class="lab">资格证书</td><td colspan="6">${p.certificates.join('；')}</td></tr>
<tr><td class="lab">奖惩情况</td><td colspan="6">无</td></tr>
<tr><td class="lab">诚信承诺</td><td colspan="6">本人承诺所填信息真实准确，如有不实，愿承担相应责任。<br>报考人签名：${p.name}　　　2026年11月</td></tr></table>`);
}

function zhYiyuan(p: Person): string {
  return page(formCss + `body{font-family:"WenQuanYi Zen Hei",sans-serif}.lab{width:auto;text-align:center}`, `<h1>福州市第一医院 2026年公开招聘护理人员报名表</h1>
<table><tr><td class="lab">姓名</td><td>${p.name}</td><td class="lab">性别</td><td>${sex[p.id]}</td><td class="lab">出生年月</td><td>${p.birth}</td></tr>
<tr><td class="lab">执业资格</td><td colspan="3">${p.certificates.join('、')}</td><td class="lab">应聘岗位</td><td>ICU护理</td></tr>
<tr><td class="lab">联系电话</td><td colspan="2">${p.phonePrinted}</td><td class="lab">电子邮箱</td><td colspan="2">${p.email}</td></tr></table>
<h2>学习经历</h2><table><tr><th>起止时间</th><th>学校</th><th>专业及学历</th></tr>${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}</td><td>${e.school}</td><td>${e.award}</td></tr>`).join('')}</table>
<h2>工作经历</h2><table><tr><th>起止时间</th><th>工作单位</th><th>科室/职务</th><th>证明人</th></tr>${p.work.map((j, i) => `<tr><td>${r(j, 'YYYY.MM', '-', '至今')}</td><td>${j.company}</td><td>${j.title}</td><td>${['吴护士长', '吴护士长', '陈老师'][i]}</td></tr>`).join('')}</table>
<h2>专业技能</h2><table><tr><td>${sk(p).join('<br>')}</td></tr></table>
<h2>个人自述</h2><table><tr><td>${p.profile}</td></tr></table>
<table><tr><td class="lab">资格审查意见</td><td style="height:18mm"></td><td class="lab">审查人签名</td><td></td></tr></table>`);
}

function candidateForm(p: Person): string {
  return page(formCss + `body{font-family:"Liberation Sans","WenQuanYi Zen Hei",sans-serif}.lab{width:22%}`, `<h1>候选人信息表 Candidate Information Form</h1><p style="text-align:center">Prepared by 恒信猎头 Hengxin Executive Search — Confidential</p>
<table><tr><td class="lab">姓名 Name</td><td>${esc(dispName(p))}</td><td class="lab">性别 Gender</td><td>${sex[p.id] === '男' ? '男 Male' : '女 Female'}</td></tr>
<tr><td class="lab">手机 Mobile</td><td>${p.phonePrinted}</td><td class="lab">邮箱 Email</td><td>${p.email}</td></tr>
<tr><td class="lab">现居地 Location</td><td>${esc(p.address)}</td><td class="lab">出生年份 Born</td><td>${p.birth}</td></tr>
<tr><td class="lab">目前职位 Current Title</td><td colspan="3">${esc(p.work[0].title)}</td></tr></table>
<h2>工作经历 Employment History</h2><table><tr><th>起止时间 Period</th><th>公司 Company</th><th>职位 Position</th><th>主要职责 Responsibilities</th></tr>
${p.work.map((j) => `<tr><td>${r(j, 'YYYY/MM', ' - ', '至今 Now')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join('; ')}</td></tr>`).join('')}</table>
<h2>教育背景 Education</h2><table><tr><th>起止时间 Period</th><th>学校 School</th><th>学位/专业 Degree</th></tr>${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY/MM')} - ${d(e.end, 'YYYY/MM')}</td><td>${esc(e.school)}</td><td>${esc(e.award)}</td></tr>`).join('')}</table>
<table><tr><td class="lab">专业技能 Skills</td><td>${sk(p).map(esc).join('<br>')}</td></tr><tr><td class="lab">语言 Languages</td><td>${p.languages.map(esc).join('; ')}</td></tr>
<tr><td class="lab">证书 Certificates</td><td>${p.certificates.map(esc).join('; ') || '—'}</td></tr><tr><td class="lab">期望薪资 Expected Salary</td><td>面议 Negotiable</td></tr><tr><td class="lab">顾问评语 Consultant Notes</td><td></td></tr></table>`);
}

// ---------- DOCX ----------
const t = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const para = (text: string | TextRun[], o: Record<string, unknown> = {}) => new Paragraph({ children: typeof text === 'string' ? [t(text)] : text, spacing: { after: 60 }, ...o });
const bullet = (text: string) => new Paragraph({ children: [t(text)], bullet: { level: 0 }, spacing: { after: 40 } });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cell = (children: Paragraph[] | string, o: Record<string, unknown> = {}) => new TableCell({ children: typeof children === 'string' ? [para(children)] : children, margins: { top: 40, bottom: 40, left: 80, right: 80 }, ...o });
const labCell = (s: string, o: Record<string, unknown> = {}) => cell([para([t(s, { bold: true })])], { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' }, ...o });
const grid = (rows: TableRow[]) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
const mkDoc = (children: (Paragraph | Table)[], font = 'Calibri', size = 21) => new Document({ styles: { default: { document: { run: { font, size } } } }, sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children }] });

function numberedSections(p: Person): Document {
  const h = (n: number, s: string) => para([t(`${n}. ${s}`, { bold: true, size: 24, color: '1F3864' })], { spacing: { before: 240, after: 80 } });
  return mkDoc([
    para([t('CURRICULUM VITAE', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }),
    h(1, 'PERSONAL INFORMATION'),
    para(`Name: ${p.name}`), para(`Address: ${p.address}`), para(`Phone: ${p.phonePrinted}`), para(`E-mail: ${p.email}`), para(`Date of birth: ${p.birth}`), para(`Nationality: ${p.nationality}`),
    h(2, 'PROFESSIONAL SUMMARY'), para(p.profile),
    h(3, 'WORK EXPERIENCE'),
    ...p.work.flatMap((j) => [para([t(r(j, 'MM.YYYY', ' – ', 'present'), { bold: true })], { spacing: { before: 120, after: 20 } }), para([t(j.title, { italics: true }), t(`, ${j.company}, ${j.town}`)]), ...j.bullets.map(bullet)]),
    h(4, 'EDUCATION AND TRAINING'),
    ...p.education.flatMap((e) => [para([t(`${d(e.start, 'MM.YYYY')} – ${d(e.end, 'MM.YYYY')}`, { bold: true })]), para(`${e.award}, ${e.school}`)]),
    h(5, 'SKILLS'), ...sk(p).map(bullet),
    h(6, 'LANGUAGES'), ...p.languages.map(bullet),
    h(7, 'CERTIFICATIONS'), ...p.certificates.map(bullet),
  ]);
}

const referees: Record<string, string[]> = { p07: ['Mr. Kwame Asante-Darko, Headmaster, Osu Presby Senior High School, Accra. Tel: 020 811 4402', 'Mrs. Gifty Owusu-Ansah, Senior Lecturer, Department of Mathematics Education, University of Cape Coast. Tel: 024 300 7719'] };
function ghanaPersonalData(p: Person): Document {
  const H = (s: string) => para([t(s, { bold: true, underline: {} })], { spacing: { before: 240, after: 100 } });
  const kv = (k: string, v: string) => para([t(k, { bold: true }), t(`\t:  ${v}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2600 }] });
  return mkDoc([
    para([t('CURRICULUM VITAE', { bold: true, size: 30 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    H('PERSONAL DATA'), kv('Name', p.name), kv('Date of Birth', p.birth!), kv('Nationality', p.nationality!), kv('Hometown', 'Akropong-Akuapem'), kv('Marital Status', 'Married'),
    kv('Postal Address', p.address), kv('Telephone', p.phonePrinted), kv('E-mail', p.email),
    H('CAREER OBJECTIVE'), para(p.profile),
    H('EDUCATIONAL BACKGROUND'), ...p.education.flatMap((e) => [kv(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`, `${e.school} – ${e.award}`)]),
    H('WORKING EXPERIENCE'),
    ...p.work.flatMap((j) => [para([t(`${j.company}, ${j.town}`, { bold: true })], { spacing: { before: 120 } }), kv('Position', j.title), kv('Period', r(j, 'Month YYYY', ' – ', 'Date')), para([t('Duties:', { italics: true })]), ...j.bullets.map(bullet)]),
    H('SKILLS'), ...sk(p).map(bullet),
    H('PROFESSIONAL QUALIFICATION'), ...p.certificates.map(bullet),
    H('LANGUAGES SPOKEN'), para(p.languages.join(', ')),
    H('HOBBIES'), para('Reading, singing in the church choir, netball.'),
    H('REFEREES'), ...(referees[p.id] ?? []).map((s, i) => para(`${i + 1}. ${s}`)),
  ], 'Times New Roman', 24);
}

function wordTitleStyles(p: Person): Document {
  return new Document({
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } }, heading1: { run: { font: 'Calibri Light', size: 28, color: '2F5496' }, paragraph: { spacing: { before: 240, after: 80 } } }, title: { run: { font: 'Calibri Light', size: 52 } } } },
    sections: [{ children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [t(dispName(p))] }),
      para(`${p.occupation} | ${p.address} | ${p.phonePrinted} | ${p.email}`),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t('Profile')] }), para(p.profile),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t('Experience')] }),
      ...p.work.flatMap((j) => [para([t(`${j.title} — ${j.company} (${r(j, 'Mon YYYY', ' – ', 'Present')})`, { bold: true })], { spacing: { before: 120, after: 40 } }), ...j.bullets.map(bullet)]),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t('Education')] }),
      ...p.education.map((e) => para(`${e.award}, ${e.school} (${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')})`)),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t('Skills')] }), ...sk(p).map(bullet),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t('Languages')] }), para(p.languages.join(' · ')),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t('Certifications')] }), para(p.certificates.join(' · ')),
    ] }],
  });
}

function word2col(p: Person): Document {
  const zh = zhP(p);
  const L = zh ? { c: '联系方式', s: '专业技能', l: '证书', w: '工作经历', e: '教育背景', pr: '个人简介', now: '至今' } : { c: 'CONTACT', s: 'SKILLS', l: 'TICKETS', w: 'EXPERIENCE', e: 'EDUCATION', pr: 'PROFILE', now: 'Present' };
  const st: Style = zh ? 'YYYY.MM' : 'Mon YYYY';
  const H = (s: string) => para([t(s, { bold: true, color: '7B2C2C', size: 24 })], { spacing: { before: 200, after: 80 } });
  const left = [para([t(p.name, { bold: true, size: 34 })]), para(p.occupation), H(L.c), para(p.phonePrinted), para([t(p.email, { size: 17 })]), para(p.address), H(L.s), ...sk(p).map((s) => para(s)), H(L.l), ...p.certificates.map((s) => para(s))];
  const right = [H(L.pr), para(p.profile), H(L.w), ...p.work.flatMap((j) => [para([t(j.title, { bold: true })], { spacing: { before: 100, after: 20 } }), para([t(`${j.company}  |  ${r(j, st, ' – ', L.now)}`, { italics: true, color: '555555' })]), ...j.bullets.map(bullet)]),
    H(L.e), ...p.education.map((e) => para(`${e.school}，${e.award}（${d(e.start, st)} – ${d(e.end, st)}）`.replace(/，/g, zh ? '，' : ', ').replace('（', zh ? '（' : ' (').replace('）', zh ? '）' : ')')))];
  return mkDoc([new Table({ borders: noBorders, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [3500, 6200], rows: [new TableRow({ children: [
    new TableCell({ children: left, width: { size: 36, type: WidthType.PERCENTAGE }, shading: { type: ShadingType.CLEAR, fill: 'F4ECE6', color: 'auto' }, margins: { top: 120, bottom: 120, left: 160, right: 160 }, borders: noBorders }),
    new TableCell({ children: right, width: { size: 64, type: WidthType.PERCENTAGE }, margins: { top: 120, bottom: 120, left: 240, right: 120 }, borders: noBorders }),
  ] })] })], zh ? 'SimSun' : 'Calibri', 20);
}

function czTableCv(p: Person): Document {
  const sec = (s: string, span: number) => new TableRow({ children: [cell([para([t(s, { bold: true, color: 'FFFFFF' })])], { columnSpan: span, shading: { type: ShadingType.CLEAR, fill: '44546A', color: 'auto' } })] });
  const kv = (k: string, v: string) => new TableRow({ children: [labCell(k), cell(v, { columnSpan: 3 })] });
  return mkDoc([
    para([t('CURRICULUM VITAE', { bold: true, size: 30 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    grid([sec('Personal information', 4), kv('Name', p.name), kv('Address', p.address), kv('Mobile', p.phonePrinted), kv('E-mail', p.email), kv('Date of birth', p.birth!), kv('Nationality', p.nationality!)]),
    para(''),
    grid([sec('Work experience', 4), new TableRow({ tableHeader: true, children: ['Period', 'Employer', 'Position', 'Main responsibilities'].map((s) => labCell(s)) }),
      ...p.work.map((j) => new TableRow({ children: [cell(r(j, 'MM/YYYY', ' – ', 'present')), cell(j.company), cell(j.title), cell(j.bullets.map((b) => para(`- ${b}`)))] }))]),
    para(''),
    grid([sec('Education', 3), ...p.education.map((e) => new TableRow({ children: [cell(`${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}`), cell(e.school), cell(e.award)] }))]),
    para(''),
    grid([sec('Skills and competences', 2), new TableRow({ children: [labCell('Professional skills'), cell(sk(p).map((s) => para(s)))] }), new TableRow({ children: [labCell('Languages'), cell(p.languages.join(', '))] }), new TableRow({ children: [labCell('Certificates'), cell(p.certificates.join(', '))] })]),
  ], 'Arial', 19);
}

function ngoForm(p: Person): Document {
  const S = (s: string) => para([t(s, { bold: true, size: 22, color: '005A9C' })], { spacing: { before: 200, after: 80 } });
  const row = (cells: TableCell[]) => new TableRow({ children: cells });
  return mkDoc([
    para([t('HOPEBRIDGE RELIEF INTERNATIONAL', { bold: true, size: 26, color: '005A9C' })], { alignment: AlignmentType.CENTER }),
    para([t('Employment Application Form – National and International Staff', { bold: true, size: 24 })], { alignment: AlignmentType.CENTER }),
    para([t('Please complete all sections in English. CVs alone are not accepted.', { italics: true, size: 18 })], { alignment: AlignmentType.CENTER }),
    S('Section A – Position'), grid([row([labCell('Position applied for'), cell(p.occupation), labCell('Vacancy ref.'), cell('HRI/UA/2026/031')])]),
    S('Section B – Personal details'), grid([row([labCell('Full name'), cell(p.name, { columnSpan: 3 })]), row([labCell('Nationality'), cell(p.nationality!), labCell('Year of birth'), cell(p.birth!)]), row([labCell('Telephone'), cell(p.phonePrinted), labCell('E-mail'), cell(p.email)]), row([labCell('Current address'), cell(p.address, { columnSpan: 3 })])]),
    S('Section C – Education'), grid([row(['From', 'To', 'Institution', 'Qualification'].map((s) => labCell(s))), ...p.education.map((e) => row([cell(d(e.start, 'MM/YYYY')), cell(d(e.end, 'MM/YYYY')), cell(e.school), cell(e.award)]))]),
    S('Section D – Employment record (start with the most recent)'), grid([row(['From (month/year)', 'To (month/year)', 'Employer', 'Position title', 'Reason for leaving'].map((s) => labCell(s))),
      ...p.work.map((j, i) => row([cell(d(j.start, 'MM/YYYY')), cell(j.end ? d(j.end, 'MM/YYYY') : 'To date'), cell(j.company), cell(j.title), cell(['—', 'Relocation due to the war', 'Moved to EMS'][i] ?? '')]))]),
    para([t('Gaps in employment: ', { bold: true }), t(p.gap ?? 'None')]),
    S('Section E – Relevant skills'), grid([row([cell(sk(p).map(bullet))])]),
    S('Section F – Languages'), grid([row(['Language', 'Read', 'Write', 'Speak'].map((s) => labCell(s))), ...p.languages.map((l) => { const lv = /native/.test(l) ? 'Excellent' : 'Good'; return row([cell(l.replace(/ \(.*\)/, '')), cell(lv), cell(lv), cell(lv)]); })]),
    S('Section G – Certificates and licences'), grid([row([cell(p.certificates.map(bullet))])]),
    S('Section H – Declaration'), para('I certify that the statements made by me in this application are true, complete and correct to the best of my knowledge.'),
    grid([row([labCell('Signature'), cell(p.name), labCell('Date'), cell('02.11.2026')])]),
  ], 'Arial', 19);
}

function zhQiuzhi(p: Person): Document {
  const c = (s: string, o: Record<string, unknown> = {}) => cell([para(s, { alignment: AlignmentType.CENTER })], { verticalAlign: VerticalAlign.CENTER, ...o });
  const row = (cells: TableCell[]) => new TableRow({ children: cells });
  return mkDoc([
    para([t('宁波市人力资源市场 求职登记表', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    para(`登记编号：NB2026-${p.id.slice(1)}0417　　　登记日期：2026年11月2日`),
    grid([
      row([labCell('姓名'), c(p.name), labCell('性别'), c(sex[p.id]), labCell('出生年月'), c(p.birth!)]),
      row([labCell('民族'), c(p.nationality === 'Chinese' ? '汉族' : p.nationality!), labCell('文化程度'), c(p.id === 'p11' ? '初中' : '本科'), labCell('健康状况'), c('良好')]),
      row([labCell('联系电话'), c(p.phonePrinted, { columnSpan: 2 }), labCell('电子邮箱'), c(p.email, { columnSpan: 2 })]),
      row([labCell('现住址'), cell(p.address, { columnSpan: 5 })]),
      row([labCell('求职意向'), cell(`${p.occupation}　　期望月薪：面议`, { columnSpan: 5 })]),
    ]),
    para([t('工作经历', { bold: true, size: 24 })], { spacing: { before: 160, after: 60 } }),
    grid([row(['起止年月', '工作单位', '岗位/工种', '离职原因'].map((s) => labCell(s))), ...p.work.map((j, i) => row([c(r(j, 'YYYY.MM', '—', '至今')), cell(j.company), cell(j.title), cell(i === 0 ? '在职' : '个人发展')]))]),
    para([t('教育培训经历', { bold: true, size: 24 })], { spacing: { before: 160, after: 60 } }),
    grid([row(['起止年月', '学校/培训机构', '专业/内容'].map((s) => labCell(s))), ...p.education.map((e) => row([c(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`), cell(e.school), cell(e.award)]))]),
    para(''),
    grid([row([labCell('职业技能'), cell(sk(p).map((s) => para(s)))]), row([labCell('职业资格证书'), cell(p.certificates.join('；') || '无')]), row([labCell('本人承诺'), cell('以上信息真实有效。　　求职者签名：' + p.name)])]),
  ], 'SimSun', 21);
}

// ---------- TXT ----------
function notepad(p: Person): string {
  const L: string[] = [dispName(p).toUpperCase(), p.occupation, `Phone: ${p.phonePrinted}`, `Email: ${p.email}`, `Address: ${p.address}`, '', 'PROFILE:', p.profile, '', 'EXPERIENCE:'];
  for (const j of p.work) { L.push(`${j.company} - ${j.title}`, `${r(j, 'MM/YYYY', ' to ', 'now')}`); for (const b of j.bullets) L.push(`  * ${b}`); L.push(''); }
  L.push('SKILLS:', ...sk(p).map((s) => `- ${s}`), '', 'EDUCATION:', ...p.education.map((e) => `${e.award}, ${e.school}, ${d(e.start, 'MM/YYYY')} to ${d(e.end, 'MM/YYYY')}`), '', 'LANGUAGES:', p.languages.join(', '), '', 'LICENCES/CERTIFICATES:', p.certificates.join(', ') || 'none');
  return L.join('\r\n') + '\r\n';
}
function zhTxt(p: Person): string {
  const L = [`${p.name} 个人简历`, '', '一、基本信息', `姓名：${p.name}　性别：${sex[p.id]}　出生年月：${p.birth}`, `手机：${p.phonePrinted}`, `邮箱：${p.email}`, `住址：${p.address}`, `求职意向：${p.occupation}`, '', '二、工作经历'];
  p.work.forEach((j, i) => { L.push(`${i + 1}. ${r(j, 'YYYY年M月', '至', '今')}　${j.company}　${j.title}`); for (const b of j.bullets) L.push(`   ${b}`); });
  L.push('', '三、教育及培训', ...p.education.map((e) => `${d(e.start, 'YYYY年M月')}至${d(e.end, 'YYYY年M月')}　${e.school}　${e.award}`), '', '四、技能', ...sk(p).map((s) => `· ${s}`), '', '五、证书', p.certificates.join('、'), '', '六、自我评价', p.profile);
  return L.join('\n') + '\n';
}

// ---------- plan ----------
type Layout = 'single' | 'twocol' | 'table';
type Tpl = { name: string; layout: Layout; kind: 'html'; fn: (p: Person) => string } | { name: string; layout: Layout; kind: 'docx'; fn: (p: Person) => Document } | { name: string; layout: Layout; kind: 'txt'; fn: (p: Person) => string };
const T: Record<string, Tpl> = {
  'irish-underlined': { name: 'irish-underlined', layout: 'single', kind: 'html', fn: irishUnderlined },
  'trades-oneline': { name: 'trades-oneline', layout: 'single', kind: 'html', fn: tradesOneline },
  'smallcaps-serif': { name: 'smallcaps-serif', layout: 'single', kind: 'html', fn: smallcapsSerif },
  'icon-headings': { name: 'icon-headings', layout: 'single', kind: 'html', fn: iconHeadings },
  'prose-narrative': { name: 'prose-narrative', layout: 'single', kind: 'html', fn: proseNarrative },
  'two-page-header': { name: 'two-page-header', layout: 'single', kind: 'html', fn: twoPageHeader },
  'zh-guoqi-brackets': { name: 'zh-guoqi-brackets', layout: 'single', kind: 'html', fn: zhGuoqi },
  'zh-square-headings': { name: 'zh-square-headings', layout: 'single', kind: 'html', fn: zhSquare },
  'bilingual-waiqi': { name: 'bilingual-waiqi', layout: 'single', kind: 'html', fn: bilingualWaiqi },
  'numbered-sections': { name: 'numbered-sections', layout: 'single', kind: 'docx', fn: numberedSections },
  'ghana-personal-data': { name: 'ghana-personal-data', layout: 'single', kind: 'docx', fn: ghanaPersonalData },
  'word-title-styles': { name: 'word-title-styles', layout: 'single', kind: 'docx', fn: wordTitleStyles },
  'notepad': { name: 'notepad', layout: 'single', kind: 'txt', fn: notepad },
  'zh-txt': { name: 'zh-txt', layout: 'single', kind: 'txt', fn: zhTxt },
  'grey-sidebar': { name: 'grey-sidebar', layout: 'twocol', kind: 'html', fn: greySidebar },
  'right-rail': { name: 'right-rail', layout: 'twocol', kind: 'html', fn: rightRail },
  'zh-2col-header': { name: 'zh-2col-header', layout: 'twocol', kind: 'html', fn: zh2colHeader },
  'word-2col': { name: 'word-2col', layout: 'twocol', kind: 'docx', fn: word2col },
  'agency-registration': { name: 'agency-registration', layout: 'table', kind: 'html', fn: agencyRegistration },
  'hotel-application': { name: 'hotel-application', layout: 'table', kind: 'html', fn: hotelApplication },
  'zh-gongwuyuan-baokao': { name: 'zh-gongwuyuan-baokao', layout: 'table', kind: 'html', fn: zhGongwuyuan },
  'zh-yiyuan-baoming': { name: 'zh-yiyuan-baoming', layout: 'table', kind: 'html', fn: zhYiyuan },
  'candidate-form': { name: 'candidate-form', layout: 'table', kind: 'html', fn: candidateForm },
  'cz-table-cv': { name: 'cz-table-cv', layout: 'table', kind: 'docx', fn: czTableCv },
  'ngo-application': { name: 'ngo-application', layout: 'table', kind: 'docx', fn: ngoForm },
  'zh-qiuzhi-dengji': { name: 'zh-qiuzhi-dengji', layout: 'table', kind: 'docx', fn: zhQiuzhi },
};
const plan: Record<string, string[]> = {
  p01: ['irish-underlined', 'agency-registration', 'grey-sidebar', 'notepad'],
  p02: ['trades-oneline', 'agency-registration', 'word-2col'],
  p03: ['icon-headings', 'hotel-application', 'right-rail', 'two-page-header'],
  p04: ['smallcaps-serif', 'word-title-styles', 'agency-registration'],
  p05: ['numbered-sections', 'cz-table-cv', 'grey-sidebar'],
  p06: ['prose-narrative', 'ngo-application', 'right-rail'],
  p07: ['ghana-personal-data', 'agency-registration', 'right-rail'],
  p08: ['zh-guoqi-brackets', 'zh-gongwuyuan-baokao', 'zh-2col-header', 'zh-txt'],
  p09: ['zh-square-headings', 'zh-yiyuan-baoming', 'word-2col'],
  p10: ['zh-guoqi-brackets', 'zh-gongwuyuan-baokao', 'zh-2col-header', 'zh-square-headings'],
  p11: ['zh-txt', 'zh-qiuzhi-dengji', 'zh-2col-header'],
  p12: ['zh-square-headings', 'zh-guoqi-brackets', 'zh-gongwuyuan-baokao'],
  p13: ['bilingual-waiqi', 'candidate-form', 'word-title-styles'],
  p14: ['bilingual-waiqi', 'candidate-form', 'two-page-header'],
  p15: ['bilingual-waiqi', 'hotel-application', 'zh-2col-header', 'icon-headings'],
  p16: ['bilingual-waiqi', 'candidate-form', 'grey-sidebar', 'notepad'],
};

async function main() {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const documents: Record<string, string>[] = [];
  const layoutName = { single: 'single', twocol: 'two-column', table: 'table' } as const;
  for (const p of people) {
    for (const tn of plan[p.id]) {
      const tp = T[tn];
      const base = `${p.id}-${tp.layout}-${tp.name}`;
      const rec = (file: string, producer: string) => documents.push({ file, person: p.id, template: tp.name, layout: layoutName[tp.layout], producer, language: p.language });
      if (tp.kind === 'html') { html.push([`${base}.pdf`, tp.fn(p)]); rec(`${base}.pdf`, 'chromium'); }
      else if (tp.kind === 'txt') { writeFileSync(path.join(docsDir, `${base}.txt`), tp.fn(p), 'utf8'); rec(`${base}.txt`, 'txt'); }
      else { writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(tp.fn(p))); rec(`${base}.docx`, 'docx'); rec(`${base}.pdf`, 'libreoffice'); }
    }
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, html);
  const files = readdirSync(docsDir).sort();
  const expected = documents.map((x) => x.file).sort();
  if (JSON.stringify(files) !== JSON.stringify(expected)) throw new Error(`documents/ differs from plan: ${files.filter((f) => !expected.includes(f))} / ${expected.filter((f) => !files.includes(f))}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({ id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills, work: p.work.map(({ company, start, end }) => ({ company, start, end })), yearsOfExperience: yearsWorked(p.work, REF) })),
    documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const x of documents) count[x.layout] = (count[x.layout] ?? 0) + 1;
  console.log(documents.length, 'documents', count);
}
main().catch((e) => { console.error(e); process.exit(1); });
