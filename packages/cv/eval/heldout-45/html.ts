/** Chromium (HTML → PDF) templates of heldout-45. Each returns a complete HTML document for one person. */
import { d, dayEnd, dayStart, esc as h, range, span, type Style } from './fmt.ts';
import { printed, type Job, type Person } from './people.ts';

const SANS = `"Liberation Sans", "DejaVu Sans", "WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif`;
const SERIF = `"Liberation Serif", "DejaVu Serif", "WenQuanYi Zen Hei", serif`;
const CJK = `"WenQuanYi Zen Hei", "Droid Sans Fallback", "Liberation Sans", sans-serif`;

const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}${css}</style></head><body>${body}</body></html>`;

/** A grey head-and-shoulders placeholder, as templates show before a photo is dropped in. */
export const silhouette = (w: string, hgt: string, bg = '#d5dbe1', fg = '#8f9aa6', round = false) =>
  `<svg width="${w}" height="${hgt}" viewBox="0 0 100 120" preserveAspectRatio="xMidYMid slice" style="display:block${round ? ';border-radius:50%' : ''}"><rect width="100" height="120" fill="${bg}"/><circle cx="50" cy="46" r="21" fill="${fg}"/><path d="M8 122 C12 90 31 76 50 76 C69 76 88 90 92 122 Z" fill="${fg}"/></svg>`;

const skillsOf = (p: Person) => p.skills.map(printed);
const newestFirst = (p: Person): Job[] => [...p.work].reverse();

/* ------------------------------------------------------------------ awesomecv */
export function awesomecv(p: Person): string {
  const accent = '#dc3522';
  const zh = p.id === 'p15';
  const first = zh ? 'Tina' : p.given;
  const last = zh ? 'ZHOU Yutong' : p.family;
  const phone = zh ? '(+86) 139-1824-6607' : '(+31) 6 4187 2953';
  const position = zh ? `周雨桐 &nbsp;·&nbsp; HR Manager &nbsp;·&nbsp; HR Business Partner` : `Lead Engineer &nbsp;·&nbsp; Water Safety &nbsp;·&nbsp; Flood Defences`;
  const addr = zh ? 'Changning District, Shanghai 200052, China' : 'Oudegracht 212-bis, 3511 NR Utrecht, The Netherlands';
  const web = zh ? 'linkedin.com/in/tinazhouyt' : 'github.com/pvdberg-hydro';
  const sec = (t: string) => `<h2><span style="color:${accent}">${t.slice(0, 3)}</span>${t.slice(3)}<span class="rule"></span></h2>`;
  const sk = skillsOf(p);
  const half = Math.ceil(sk.length / 2);
  const groups: [string, string[]][] = zh
    ? [['HR Domain', sk.slice(0, half)], ['Systems & Law', sk.slice(half)]]
    : [['Engineering', sk.slice(0, half)], ['Tools & People', sk.slice(half)]];
  const entries = newestFirst(p).map((j) => `
    <div class="entry"><div class="row"><span class="org">${h(j.company)}</span><span class="loc">${h(j.town)}</span></div>
    <div class="row"><span class="pos">${h(j.title)}</span><span class="date">${range(j.start, j.end, 'Mon. YYYY', 'Present')}</span></div>
    <ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`).join('');
  const edu = p.education.map((e) => `
    <div class="entry"><div class="row"><span class="org">${h(e.school)}</span><span class="loc">${h(e.town)}</span></div>
    <div class="row"><span class="pos">${h(e.degree)}</span><span class="date">${d(e.start, 'Mon. YYYY')} – ${d(e.end, 'Mon. YYYY')}</span></div></div>`).join('');
  const css = `
  body{font-family:${SANS};font-size:9.6pt;color:#333;line-height:1.32}
  .head{text-align:center;margin-bottom:5mm}
  .name{font-size:30pt;letter-spacing:.5pt}
  .name .first{font-weight:300;color:#7a7a7a}.name .last{font-weight:700;color:#333}
  .position{font-variant:small-caps;color:${accent};font-size:10.5pt;letter-spacing:1pt;margin-top:1mm}
  .addr{font-style:italic;color:#666;font-size:8.6pt;margin-top:1.2mm}
  .contact{font-size:8.6pt;color:#444;margin-top:.8mm}.contact span{margin:0 2mm}
  .quote{font-style:italic;color:#666;font-size:9pt;margin:3mm 10mm 0}
  h2{font-size:14pt;margin:4.5mm 0 1.5mm;display:flex;align-items:center;font-weight:700}
  h2 .rule{flex:1;border-top:.6pt solid #999;margin-left:3mm}
  .entry{margin-bottom:2.4mm}.row{display:flex;justify-content:space-between}
  .org{font-weight:700;font-size:10pt}.loc{font-style:italic;color:${accent};font-size:9pt}
  .pos{font-variant:small-caps;color:#555;font-size:9pt}.date{font-variant:small-caps;color:#777;font-size:8.6pt}
  ul{margin:.8mm 0 0 0;padding-left:5mm}li{font-size:8.9pt;color:#555}
  table.sk{border-collapse:collapse}table.sk td{padding:.6mm 2mm;vertical-align:top;font-size:9pt}
  table.sk td:first-child{text-align:right;font-weight:700;white-space:nowrap;width:32mm}
  .foot{position:fixed;bottom:0;left:0;right:0;display:flex;justify-content:space-between;font-size:7.6pt;color:#999;font-variant:small-caps}`;
  const body = `
  <div class="head"><div class="name"><span class="first">${h(first)}</span> <span class="last">${h(last)}</span></div>
  <div class="position">${position}</div>
  <div class="addr">${h(addr)}</div>
  <div class="contact"><span>✆ ${phone}</span>|<span>✉ ${h(p.email)}</span>|<span>⌂ ${web}</span></div>
  <div class="quote">“${h(p.summary)}”</div></div>
  ${sec('Experience')}${entries}
  ${sec('Education')}${edu}
  ${sec('Skills')}<table class="sk">${groups.map(([g, xs]) => `<tr><td>${g}</td><td>${xs.map(h).join(', ')}</td></tr>`).join('')}</table>
  ${sec('Languages')}<table class="sk"><tr><td>Spoken</td><td>${p.languages.map(h).join(', ')}</td></tr></table>
  ${sec('Certificates')}<table class="sk">${p.certificates.map((c) => `<tr><td>✓</td><td>${h(c)}</td></tr>`).join('')}</table>
  <div class="foot"><span>November 2026</span><span>${zh ? '周雨桐 Tina Zhou' : 'Pieter van der Berg'} · Résumé</span><span>awesome-cv</span></div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ deckblatt */
export function deckblatt(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:9.6pt;color:#222;line-height:1.35}
  .sheet{height:262mm;position:relative;page-break-after:always}
  .sender{font-size:8pt;color:#777;border-bottom:.5pt solid #999;padding-bottom:1mm}
  .kicker{margin-top:16mm;font-size:30pt;font-weight:700;letter-spacing:2pt;color:#1f4e79}
  .kicker small{display:block;font-size:11pt;font-weight:400;letter-spacing:0;color:#555;margin-top:1mm}
  .job{font-size:15pt;margin-top:4mm;color:#222}.ref{font-size:9pt;color:#666;margin-top:1mm}
  .mid{display:flex;gap:12mm;margin-top:18mm;align-items:flex-end}
  .photo{width:45mm}.photo .cap{font-size:7.5pt;color:#777;text-align:center;margin-top:1mm}
  .nm .given{font-size:16pt;font-weight:300;color:#555}.nm .family{font-size:36pt;font-weight:700;letter-spacing:3pt;color:#1f4e79;line-height:1}
  .nm .cn{font-size:20pt;color:#444;margin-top:2mm;font-family:${CJK}}
  table.kv{margin-top:14mm;border-collapse:collapse}table.kv td{padding:1.1mm 4mm 1.1mm 0;vertical-align:top}
  table.kv td:first-child{color:#666;width:46mm}
  .encl{position:absolute;bottom:0;left:0;right:0;border-top:.5pt solid #999;padding-top:2mm;font-size:8.6pt;color:#555}
  h1{font-size:17pt;color:#1f4e79;margin:0 0 1mm;letter-spacing:1pt}.sub{color:#777;font-size:8.6pt;margin-bottom:3mm}
  h2{font-size:10.5pt;color:#1f4e79;text-transform:uppercase;letter-spacing:1pt;border-bottom:.6pt solid #1f4e79;margin:3.5mm 0 1.5mm;padding-bottom:.5mm}
  .r{display:grid;grid-template-columns:36mm 1fr;gap:0 4mm;margin-bottom:1.8mm}.r .when{color:#444}
  .r b{display:block}.r ul{margin:.4mm 0 0;padding-left:4mm}.r li{font-size:8.8pt}
  .sig{margin-top:6mm;display:flex;justify-content:space-between;align-items:flex-end}
  .sig .hand{font-family:"DejaVu Serif",serif;font-style:italic;font-size:17pt;color:#1a3d8f;border-bottom:.5pt solid #555;padding:0 6mm 0 1mm}`;
  const when = (j: Job) => (j.end ? `${d(j.start, 'MM/YYYY')} – ${d(j.end, 'MM/YYYY')}` : `since ${d(j.start, 'MM/YYYY')}`);
  const jobs = newestFirst(p).map((j) => `<div class="r"><div class="when">${when(j)}<br><span style="color:#888;font-size:8.4pt">${h(j.town)}</span></div><div><b>${h(j.title)}</b>${h(j.company)}${j.kind ? ` <span style="color:#888">(${h(j.kind)})</span>` : ''}<ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div></div>`).join('');
  const edu = p.education.map((e) => `<div class="r"><div class="when">${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</div><div><b>${h(e.degree)}</b>${h(e.school)}, ${h(e.town)}</div></div>`).join('');
  const body = `
  <div class="sheet">
    <div class="sender">Zhenyu Liang · Lindwurmstraße 114 · 80337 München</div>
    <div class="kicker">Application<small>Bewerbung</small></div>
    <div class="job">for the position of <b>Senior Process Engineer – Battery Cell Production (m/f/d)</b></div>
    <div class="ref">Kessler Zelltechnik AG, Ingolstadt · your reference PE-2026-118 · advertisement of 04.11.2026</div>
    <div class="mid"><div class="photo">${silhouette('45mm', '58mm')}<div class="cap">Photo 10/2026</div></div>
      <div class="nm"><div class="given">Zhenyu</div><div class="family">LIANG</div><div class="cn">梁振宇</div></div></div>
    <table class="kv">
      <tr><td>Address</td><td>Lindwurmstraße 114, 80337 München</td></tr>
      <tr><td>Mobile (Handy)</td><td>0151 / 2384 7761</td></tr>
      <tr><td>Phone (office, Büro)</td><td>${p.other.officeNat}</td></tr>
      <tr><td>Fax (office)</td><td>089 / 4522 1871</td></tr>
      <tr><td>E-mail</td><td>${p.email}</td></tr>
      <tr><td>Date and place of birth</td><td>07.02.1988 in Changzhou, China</td></tr>
      <tr><td>Residence status</td><td>Settlement permit (Niederlassungserlaubnis) since 2022</td></tr>
      <tr><td>Earliest start</td><td>01.03.2027 (notice period 3 months to the end of a month)</td></tr>
    </table>
    <div class="encl"><b>Enclosures (Anlagen):</b> cover letter · curriculum vitae · employer references (Arbeitszeugnisse) 2017–2026 · degree certificates with German evaluation (ZAB) · certificates</div>
  </div>
  <h1>Curriculum Vitae <span style="font-weight:400;color:#777">· Lebenslauf</span></h1>
  <div class="sub">LIANG Zhenyu 梁振宇 · Mobile 0151 / 2384 7761 · ${p.email}</div>
  <h2>Work experience</h2>${jobs}
  <h2>Education</h2>${edu}
  <h2>Skills</h2><div>${skillsOf(p).map(h).join(' · ')}</div>
  <h2>Languages</h2><div>${p.languages.map(h).join(' · ')}</div>
  <h2>Certificates</h2><div>${p.certificates.map(h).join(' · ')}</div>
  <div class="sig"><div>Munich, 19 November 2026</div><div style="text-align:center"><div class="hand">Zhenyu Liang</div><div style="font-size:8pt;color:#666;margin-top:1mm">梁振宇</div></div></div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ zh-fengmian */
export function zhFengmian(p: Person): string {
  const p08 = p.id === 'p08';
  const shownName = p08 ? '王　芳' : '李思远';
  const phoneCover = p08 ? '138-1762-4093' : '186 1057 3942';
  const phoneBody = p08 ? '13817624093' : '18610573942';
  const school = p.education[0];
  const css = `
  body{font-family:${CJK};font-size:10pt;color:#222;line-height:1.55}
  .cover{height:262mm;position:relative;page-break-after:always;text-align:center;border:1.2pt solid #2b5d8c;padding:10mm}
  .badge{margin:10mm auto 0;width:30mm;height:30mm}
  .title{font-size:44pt;letter-spacing:14pt;color:#2b5d8c;margin-top:12mm;font-weight:700}
  .en{font-family:${SANS};letter-spacing:6pt;color:#7a8fa6;font-size:12pt;margin-top:2mm}
  .motto{margin-top:10mm;color:#666;font-size:11pt;letter-spacing:2pt}
  .fields{margin:26mm auto 0;width:120mm;text-align:left;font-size:13pt}
  .fields div{display:flex;border-bottom:.8pt solid #2b5d8c;padding:3mm 0 1mm;margin-bottom:4mm}
  .fields span{width:34mm;color:#2b5d8c}
  .band{position:absolute;left:0;right:0;bottom:0;height:14mm;background:#2b5d8c;color:#fff;font-size:9pt;padding-top:4.5mm;letter-spacing:3pt}
  h1{text-align:center;font-size:20pt;letter-spacing:8pt;margin:0 0 3mm;color:#2b5d8c}
  h2{font-size:11.5pt;background:#e8eef5;border-left:4pt solid #2b5d8c;padding:.8mm 2.5mm;margin:3.5mm 0 1.8mm}
  .info{display:grid;grid-template-columns:1fr 1fr 1fr;gap:.8mm 4mm;font-size:9.6pt}
  .info b{color:#555;font-weight:400}
  .job .hd{display:flex;gap:6mm;font-weight:700}.job .hd span:first-child{width:40mm;font-weight:400;color:#2b5d8c}
  .job ol{margin:.5mm 0 2mm 46mm;padding-left:4mm;font-size:9.4pt}
  .list{font-size:9.6pt}`;
  const cover = `<div class="cover">
    <svg class="badge" viewBox="0 0 100 100"><circle cx="50" cy="50" r="46" fill="none" stroke="#2b5d8c" stroke-width="4"/><circle cx="50" cy="50" r="36" fill="#2b5d8c"/><text x="50" y="62" font-size="34" text-anchor="middle" fill="#fff" font-family="WenQuanYi Zen Hei">简</text></svg>
    <div class="title">个人简历</div><div class="en">PERSONAL RESUME</div>
    <div class="motto">${p08 ? '细节决定成败 · 态度决定一切' : '用数据说话 · 让增长发生'}</div>
    <div class="fields">
      <div><span>姓　　名：</span>${shownName}</div>
      <div><span>求职意向：</span>${h(p.target)}</div>
      <div><span>联系电话：</span>${phoneCover}</div>
      <div><span>电子邮箱：</span>${p.email}</div>
      <div><span>毕业院校：</span>${h(school.school)}</div>
    </div>
    <div class="band">期待您的回复 · THANK YOU</div></div>`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="hd"><span>${d(j.start, 'YYYY.MM')} — ${j.end ? d(j.end, 'YYYY.MM') : '至今'}</span><span>${h(j.company)}</span><span>${h(j.title)}</span></div><ol>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ol></div>`).join('');
  const body = `${cover}
  <h1>个 人 简 历</h1>
  <h2>基本信息</h2>
  <div class="info">
    <div><b>姓　　名：</b>${p.name}</div><div><b>性　　别：</b>${p.gender === 'F' ? '女' : '男'}</div><div><b>出生年月：</b>${d(p.born, 'YYYY.MM')}</div>
    <div><b>籍　　贯：</b>${h(p.birthplace)}</div><div><b>学　　历：</b>本科</div><div><b>工作年限：</b>${p08 ? '14年' : '9年'}</div>
    <div><b>手　　机：</b>${phoneBody}</div><div style="grid-column:span 2"><b>邮　　箱：</b>${p.email}</div>
    ${p08 ? `<div><b>办公电话：</b>${p.other.office}</div>` : `<div><b>紧急联系人：</b>${p.other.emergencyName}</div>`}
    <div style="grid-column:span 2"><b>现居住地：</b>${h(p.address)}（邮编${p.postcode}）</div>
  </div>
  <h2>教育背景</h2>${p.education.map((e) => `<div class="job"><div class="hd"><span>${d(e.start, 'YYYY.MM')} — ${d(e.end, 'YYYY.MM')}</span><span>${h(e.school)}</span><span>${h(e.degree)}</span></div></div>`).join('')}
  <h2>工作经历</h2>${jobs}
  <h2>专业技能</h2><div class="list">${skillsOf(p).map((s) => `<span style="margin-right:6mm">● ${h(s)}</span>`).join('')}</div>
  <h2>证书与语言</h2><div class="list">${[...p.certificates, ...p.languages].map(h).join('；')}</div>
  <h2>自我评价</h2><div class="list">${h(p.summary)}</div>`;
  return page(css, body, 'zh-CN');
}

/* ------------------------------------------------------------------ jp-agency */
export function jpAgency(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:9.4pt;color:#222;line-height:1.38}
  .lh{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:2pt solid #0b6e6e;padding-bottom:2mm}
  .lh .firm{display:flex;gap:3mm;align-items:center}.lh .firm b{font-size:13pt;color:#0b6e6e;display:block}
  .lh .small{font-size:7.6pt;color:#555}
  .conf{text-align:right;font-size:8pt;color:#555}.conf b{color:#b00;font-size:9pt;letter-spacing:1pt}
  .cand{margin:4mm 0 1mm;font-size:9pt;color:#666}.cand span{font-size:17pt;color:#111;font-weight:700;margin-left:2mm}
  .cand em{font-style:normal;font-family:${CJK};font-size:12pt;color:#333;margin-left:2mm}
  table.pd{width:100%;border-collapse:collapse;font-size:8.8pt;margin-bottom:2mm}table.pd td{padding:.8mm 1.5mm;border-bottom:.4pt dotted #bbb;vertical-align:top}
  table.pd td.l{color:#0b6e6e;width:31mm}
  h2{font-size:10pt;color:#fff;background:#0b6e6e;padding:.7mm 2mm;margin:3.5mm 0 1.5mm;letter-spacing:.5pt}
  .job{margin-bottom:2mm}.job .top{display:flex;justify-content:space-between;font-weight:700}.job .top span:last-child{font-weight:400;color:#444}
  .job i{color:#444}.job ul{margin:.5mm 0 0;padding-left:5mm}
  .note{border:.6pt solid #0b6e6e;padding:2mm;font-size:8.6pt;background:#f2f8f8}
  .foot{margin-top:4mm;font-size:7.4pt;color:#777;border-top:.4pt solid #999;padding-top:1mm}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="top"><span>${h(j.company)} — ${h(j.town)}</span><span>${range(j.start, j.end, 'Mon YYYY', 'Present')}</span></div><i>${h(j.title)}</i><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `
  <div class="lh"><div class="firm"><svg width="12mm" height="12mm" viewBox="0 0 40 40"><rect width="40" height="40" rx="6" fill="#0b6e6e"/><path d="M6 28 Q20 6 34 28" stroke="#fff" stroke-width="4" fill="none"/><line x1="6" y1="30" x2="34" y2="30" stroke="#fff" stroke-width="3"/></svg>
    <div><b>Meridian Bridge Recruitment K.K.</b><span class="small">Bilingual Professionals · Supply Chain & Manufacturing Practice<br>Shiba Park Bldg. 9F, 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011 · Tel ${p.other.agency} · Fax ${p.other.agencyFax}<br>厚生労働大臣許可番号 13-ユ-312045</span></div></div>
    <div class="conf"><b>CANDIDATE RÉSUMÉ — CONFIDENTIAL</b><br>Ref. MBR-26-0871 · Presented 20 Nov 2026<br>Consultant: Oliver Hartley<br>Consultant mobile: ${p.other.consultant}</div></div>
  <div class="cand">Candidate:<span>NAKAMURA Keiko</span><em>中村 恵子</em></div>
  <table class="pd">
    <tr><td class="l">Target position</td><td>${h(p.target)}</td><td class="l">Current base</td><td>JPY 8,400,000 + bonus</td></tr>
    <tr><td class="l">Mobile (携帯)</td><td>${p.mob.nat}</td><td class="l">Home (自宅)</td><td>${p.other.home}</td></tr>
    <tr><td class="l">E-mail</td><td>${p.email}</td><td class="l">Notice period</td><td>1 month</td></tr>
    <tr><td class="l">Address</td><td>〒${p.postcode} ${h(p.address)}</td><td class="l">Born</td><td>1989 (37)</td></tr>
    <tr><td class="l">Nearest station</td><td>Gotanda (JR Yamanote Line)</td><td class="l">English</td><td>TOEIC 945 (Jun 2024)</td></tr>
  </table>
  <div class="note"><b>Consultant summary.</b> ${h(p.summary)} Open to hybrid roles in central Tokyo; interviews in Japanese or English.</div>
  <h2>CAREER HISTORY</h2>${jobs}
  <h2>EDUCATION</h2>${p.education.map((e) => `<div class="job"><div class="top"><span>${h(e.school)} — ${h(e.town)}</span><span>${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</span></div><i>${h(e.degree)}</i></div>`).join('')}
  <h2>SKILLS</h2><div>${skillsOf(p).map(h).join(' / ')}</div>
  <h2>LANGUAGES &amp; CERTIFICATIONS</h2><div>${[...p.languages, ...p.certificates].map(h).join(' · ')}</div>
  <div class="foot">This résumé was prepared by Meridian Bridge Recruitment K.K. from information supplied by the candidate and is provided for the exclusive use of the addressee. Please arrange all contact with the candidate through your consultant.</div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ vos-jobbank */
export function vosJobbank(p: Person): string {
  const phones = [p.other.employer1, p.other.employer1, p.other.employer1, p.other.employer2, p.other.employer3];
  const css = `
  body{font-family:${SANS};font-size:9.2pt;color:#222;line-height:1.35}
  .bh{display:flex;justify-content:space-between;font-size:7.4pt;color:#555;margin-bottom:2mm}
  .site{background:#123d6a;color:#fff;padding:2.2mm 3mm;display:flex;justify-content:space-between;align-items:center}
  .site b{font-size:12pt}.site span{font-size:8pt}
  .crumb{font-size:7.8pt;color:#555;margin:1.5mm 0 3mm}
  h1{font-size:15pt;margin:0 0 .5mm;color:#123d6a}.rid{font-size:8pt;color:#666}
  h2{font-size:10pt;background:#dfe7f0;color:#123d6a;padding:.8mm 2mm;margin:3.2mm 0 1.5mm;border-top:1pt solid #123d6a}
  table.f{border-collapse:collapse;width:100%}table.f td{padding:.5mm 1.5mm;vertical-align:top;font-size:8.8pt}
  table.f td.l{font-weight:700;width:38mm;color:#333}
  .job{border-bottom:.4pt solid #ccc;padding-bottom:1.5mm;margin-bottom:1.5mm}
  .job table.f td.l{width:30mm}
  ul{margin:.5mm 0 0;padding-left:5mm}`;
  const jobs = newestFirst(p).map((j, i) => {
    const ph = phones[p.work.length - 1 - i];
    return `<div class="job"><table class="f">
    <tr><td class="l">Job Title:</td><td><b>${h(j.title)}</b>${j.kind ? ` (${h(j.kind)})` : ''}</td><td class="l">Start Date:</td><td>${d(j.start, 'MM/YYYY')}</td></tr>
    <tr><td class="l">Employer Name:</td><td>${h(j.company)}</td><td class="l">End Date:</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'Current'}</td></tr>
    <tr><td class="l">Location:</td><td>${h(j.town)}</td><td class="l">Employer Phone:</td><td>${ph}</td></tr>
    <tr><td class="l">Duties:</td><td colspan="3"><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></td></tr></table></div>`;
  }).join('');
  const body = `
  <div class="bh"><span>11/20/26, 9:14 AM</span><span>Résumé Builder – View Résumé</span></div>
  <div class="site"><b>PeachState WorkLink</b><span>Virtual One-Stop · Individual Services · Georgia Department of Labor partner site</span></div>
  <div class="crumb">Home › Individual Services › My Portfolio › Résumés › View Résumé (Résumé ID 4471203 · Visibility: Employers can view)</div>
  <h1>DARNELL “DEE” WHITAKER JR., CPA</h1><div class="rid">Résumé title: Controller – Healthcare / Logistics · Last modified 11/18/2026</div>
  <h2>Contact Information</h2>
  <table class="f">
    <tr><td class="l">Name:</td><td>Darnell Whitaker Jr.</td><td class="l">Primary Phone:</td><td>${p.mob.nat} (Cell)</td></tr>
    <tr><td class="l">Address:</td><td>${h(p.address)}<br>Atlanta, GA ${p.postcode}</td><td class="l">Alternate Phone:</td><td>${p.other.office} (Work)</td></tr>
    <tr><td class="l">Email:</td><td>${p.email}</td><td class="l">Fax:</td><td>${p.other.fax}</td></tr>
  </table>
  <h2>Objective</h2><div>${h(p.summary)}</div>
  <h2>Employment History</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<table class="f"><tr><td class="l">School:</td><td>${h(e.school)}, ${h(e.town)}</td><td class="l">Degree:</td><td>${h(e.degree)} (${d(e.end, 'MM/YYYY')})</td></tr></table>`).join('')}
  <h2>Skills</h2><ul style="columns:2">${skillsOf(p).map((s) => `<li>${h(s)}</li>`).join('')}</ul>
  <h2>Licenses/Certifications</h2><div>Certified Public Accountant (CPA) — Georgia State Board of Accountancy — License #${p.other.license} — Expires 12/31/2027</div>
  <h2>Languages</h2><div>${p.languages.map(h).join('; ')}</div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ zh-mingpian */
export function zhMingpian(p: Person): string {
  const hk = p.id === 'p13';
  const cur = p.work[p.work.length - 1];
  const card = hk
    ? { mark: 'KC', cn: '陳嘉欣', en: 'CHAN Ka Yan, Karen', lines: ['M (852) 6218 4795', 'T (852) 2827 3310', `E ${p.email}`, 'Tseung Kwan O, Hong Kong'] }
    : { mark: 'TZ', cn: '周雨桐', en: 'Tina ZHOU Yutong', lines: ['M +86 139 1824 6607', 'T +86 21 6133 8200-8021', 'F +86 21 6133 8299', `E ${p.email}`] };
  const particulars = hk
    ? [['HKID', 'Y612345(3)'], ['Date of birth 出生日期', '23/01/1992'], ['Expected salary 期望薪酬', 'HK$58,000 × 13'], ['Availability 可到職', 'One month notice'], ['Home 住宅', p.other.home]]
    : [['Date of birth 出生日期', '1991.07'], ['Hukou 户口', 'Shanghai 上海'], ['Expected salary 期望薪资', 'RMB 45k × 14'], ['Notice 到岗', '1 month 一个月'], ['Address 住址', 'Changning District, Shanghai']];
  const dateStyle: Style = 'YYYY.MM';
  const css = `
  body{font-family:${SANS};font-size:9.4pt;color:#222;line-height:1.4}
  .top{display:flex;gap:6mm;align-items:stretch}
  .card{width:90mm;min-height:54mm;border:.7pt solid #999;border-radius:2mm;padding:5mm 5mm 4mm;position:relative;box-shadow:1mm 1mm 0 #e3e3e3;background:#fff}
  .mark{position:absolute;right:5mm;top:5mm;width:11mm;height:11mm;border-radius:50%;background:#8a1c2b;color:#fff;font-weight:700;font-size:10pt;text-align:center;line-height:11mm}
  .card .cn{font-family:${CJK};font-size:19pt;letter-spacing:2pt}.card .en{font-size:10pt;color:#555;margin-top:.5mm}
  .card .ttl{font-size:8.2pt;color:#8a1c2b;margin-top:1.2mm}
  .card .ln{margin-top:2.5mm;font-size:8.2pt;line-height:1.45;color:#333}
  .obj{flex:1;font-size:9pt}.obj h3{margin:0 0 1mm;font-size:10pt;color:#8a1c2b}
  .obj table{border-collapse:collapse;margin-top:1.5mm;font-size:8.4pt}.obj td{padding:.3mm 2mm .3mm 0;vertical-align:top}.obj td:first-child{color:#777}
  h2{font-size:10.5pt;margin:4mm 0 1.5mm;color:#8a1c2b;border-bottom:.8pt solid #8a1c2b;padding-bottom:.4mm}
  h2 small{font-size:8.4pt;color:#999;font-weight:400;margin-left:2mm;text-transform:uppercase;letter-spacing:1pt}
  .job{display:grid;grid-template-columns:33mm 1fr;gap:0 3mm;margin-bottom:1.8mm}
  .job .dt{color:#555;font-size:8.6pt}.job b{display:block}.job ul{margin:.3mm 0 0;padding-left:4mm}
  .chips span{display:inline-block;border:.5pt solid #8a1c2b;border-radius:1mm;padding:.2mm 1.8mm;margin:0 1.5mm 1.2mm 0;font-size:8.6pt}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="dt">${d(j.start, dateStyle)} – ${j.end ? d(j.end, dateStyle) : '至今 Present'}</div><div><b>${h(j.company)}</b>${h(j.title)}<ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div></div>`).join('');
  const body = `
  <div class="top"><div class="card"><div class="mark">${card.mark}</div><div class="cn">${card.cn}</div><div class="en">${card.en}</div>
    <div class="ttl">${h(cur.title)} · ${h(cur.company)}</div><div class="ln">${card.lines.map(h).join('<br>')}</div></div>
    <div class="obj"><h3>求职意向 Objective</h3>${h(p.target)}<p style="margin:1.5mm 0 0;color:#444">${h(p.summary)}</p>
    <table>${particulars.map(([a, b]) => `<tr><td>${a}</td><td>${h(b)}</td></tr>`).join('')}</table></div></div>
  <h2>工作经历<small>Work Experience</small></h2>${jobs}
  <h2>教育背景<small>Education</small></h2>${p.education.map((e) => `<div class="job"><div class="dt">${d(e.start, dateStyle)} – ${d(e.end, dateStyle)}</div><div><b>${h(e.school)}</b>${h(e.degree)}</div></div>`).join('')}
  <h2>专业技能<small>Skills</small></h2><div class="chips">${skillsOf(p).map((s) => `<span>${h(s)}</span>`).join('')}</div>
  <h2>语言 · 证书<small>Languages · Certifications</small></h2><div>${p.languages.map(h).join(' / ')}<br>${p.certificates.map(h).join(' / ')}</div>`;
  return page(css, body, 'zh');
}

/* ------------------------------------------------------------------ vietnamworks */
export function vietnamworks(p: Person): string {
  const [yrs] = span(p.work[0].start, null);
  const css = `
  body{font-family:${SANS};font-size:9.4pt;color:#222;line-height:1.4}
  .bar{display:flex;justify-content:space-between;align-items:center;border-bottom:2.4pt solid #f26b21;padding-bottom:1.5mm;font-size:8pt;color:#666}
  .bar b{font-size:14pt;color:#0d3c78;letter-spacing:.3pt}.bar b i{color:#f26b21;font-style:normal}
  .hd{display:flex;gap:6mm;margin:4mm 0 2mm;align-items:center}
  .hd .nm{font-size:19pt;font-weight:700;color:#0d3c78}.hd .tt{font-size:11pt;color:#444}.hd .ex{font-size:8.6pt;color:#777;margin-top:.8mm}
  .grid{display:grid;grid-template-columns:1fr 1fr;gap:.6mm 6mm;background:#f6f8fb;border:.5pt solid #d8dee8;padding:2.5mm 3mm;font-size:8.8pt}
  .grid span{color:#777;display:inline-block;width:36mm}
  h2{font-size:10.5pt;color:#0d3c78;margin:4mm 0 1.5mm;padding-bottom:.6mm;border-bottom:.5pt solid #d8dee8}
  .job{margin-bottom:2mm}.job .t{font-weight:700}.job .c{color:#0d3c78}.job .dt{float:right;color:#666;font-size:8.6pt}
  .job ul{margin:.4mm 0 0;padding-left:5mm}
  .tag{display:inline-block;background:#eef3fb;border-radius:3mm;padding:.4mm 2.4mm;margin:0 1.5mm 1.5mm 0;font-size:8.6pt;color:#0d3c78}
  .ft{margin-top:5mm;font-size:7.2pt;color:#999;text-align:center}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><span class="dt">${d(j.start, 'MM/YYYY')} - ${j.end ? d(j.end, 'MM/YYYY') : 'Present'}</span><div class="t">${h(j.title)}</div><div class="c">${h(j.company)} · ${h(j.town)}</div><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `
  <div class="bar"><b>Viec<i>Net</i></b><span>Online Profile · Profile ID 8830417 · Last updated 18/11/2026 · Attractiveness 92%</span></div>
  <div class="hd">${silhouette('24mm', '24mm', '#e4e9f0', '#9aa7b8', true)}<div><div class="nm">${h(p.name)}</div><div class="tt">${h(p.target)}</div><div class="ex">${yrs} years of experience · Current level: Manager · Industry: Logistics / Finance</div></div></div>
  <div class="grid">
    <div><span>Phone</span>(+84) 903 418 276</div><div><span>Email</span>${p.email}</div>
    <div><span>Date of birth</span>12/08/1991</div><div><span>Gender / Marital status</span>Female / Married</div>
    <div style="grid-column:span 2"><span>Address</span>${h(p.address)}, ${h(p.city)}</div>
    <div><span>Desired salary</span>55,000,000 VND / month (negotiable)</div><div><span>Desired location</span>Ho Chi Minh City</div>
  </div>
  <h2>Career Objective</h2><div>${h(p.summary)}</div>
  <h2>Work Experience</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><span class="dt">${d(e.start, 'MM/YYYY')} - ${d(e.end, 'MM/YYYY')}</span><div class="t">${h(e.degree)}</div><div class="c">${h(e.school)}</div></div>`).join('')}
  <h2>Skills</h2><div>${skillsOf(p).map((s) => `<span class="tag">${h(s)}</span>`).join('')}</div>
  <h2>Languages</h2><div>${p.languages.map(h).join(' · ')}</div>
  <h2>Certifications</h2><div>${p.certificates.map(h).join(' · ')}</div>
  <div class="ft">Printed from ViecNet · Employers: please quote profile ID 8830417 when contacting the candidate · Hotline (028) 3925 8800</div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ zh-yingpin-first */
export function zhYingpinFirst(p: Person): string {
  const tw = p.id === 'p11';
  const L = tw
    ? { post: '應徵職務', hope: '希望待遇：面議　　可上班日：錄取後一個月', basic: '基本資料', edu: '學歷', work: '工作經歷', skill: '專長技能', lang: '語言能力', cert: '證照', auto: '自傳', now: '迄今', sign: '應徵人', decl: '本人保證以上所填資料均屬實，如有不實願無條件接受解僱。', date: '中華民國115年11月20日' }
    : { post: '应聘岗位', hope: '期望月薪：35K–45K　　到岗时间：一个月内', basic: '基本资料', edu: '教育经历', work: '工作经历', skill: '专业技能', lang: '语言能力', cert: '证书', auto: '自我评价', now: '至今', sign: '应聘人', decl: '本人承诺以上信息真实有效，如有虚假愿承担一切后果。', date: '2026年11月20日' };
  const facts = tw
    ? [['姓名', '陳怡君'], ['英文名', 'Yvonne'], ['性別', '女'], ['出生日期', '1990/03/12'], ['婚姻', '未婚'], ['行動電話', p.mob.nat], ['住家電話', p.other.home], ['公司電話', p.other.office], ['E-mail', p.email], ['通訊地址', `${p.postcode} ${p.address}`]]
    : [['姓名', '欧阳晓峰'], ['性别', '男'], ['出生年月', '1987.09'], ['籍贯', '湖南郴州'], ['政治面貌', '群众'], ['手机', '13512468830（微信同号）'], ['QQ', p.other.qq], ['邮箱', p.email], ['公司电话', p.other.office], ['现住址', `${p.address}（邮编${p.postcode}）`]];
  const css = `
  body{font-family:${CJK};font-size:10pt;color:#222;line-height:1.7}
  .post{font-size:18pt;font-weight:700;border-bottom:1.5pt solid #333;padding-bottom:1mm}.hope{font-size:9.4pt;color:#555;margin-top:1mm}
  h2{font-size:11pt;margin:4mm 0 1.2mm;padding-left:2mm;border-left:3pt solid #333}
  .facts{font-size:9.6pt;text-align:left}.facts span{margin-right:5mm;white-space:nowrap}
  .row{display:flex;gap:4mm}.row .dt{width:45mm;flex:none}.row .co{width:62mm;flex:none}
  ul{margin:0 0 1.2mm 49mm;padding-left:4mm;font-size:9.3pt;line-height:1.5}
  .sig{margin-top:8mm;display:flex;justify-content:flex-end;gap:10mm}`;
  const jobs = newestFirst(p).map((j) => `<div class="row"><span class="dt">${d(j.start, 'YYYY年M月')}${tw ? '～' : '—'}${j.end ? d(j.end, 'YYYY年M月') : L.now}</span><span class="co">${h(j.company)}</span><span>${h(j.title)}</span></div><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`).join('');
  const body = `
  <div class="post">${L.post}：${h(p.target)}</div><div class="hope">${L.hope}</div>
  <h2>${L.basic}</h2><div class="facts">${facts.map(([a, b]) => `<span>${a}：${h(b)}</span>`).join(' ')}</div>
  <h2>${L.edu}</h2>${p.education.map((e) => `<div class="row"><span class="dt">${d(e.start, 'YYYY年M月')}${tw ? '～' : '—'}${d(e.end, 'YYYY年M月')}</span><span class="co">${h(e.school)}</span><span>${h(e.degree)}</span></div>`).join('')}
  <h2>${L.work}</h2>${jobs}
  <h2>${L.skill}</h2><div>${skillsOf(p).map(h).join('、')}</div>
  <h2>${L.lang}</h2><div>${p.languages.map(h).join('；')}</div>
  <h2>${L.cert}</h2><div>${p.certificates.map(h).join('；')}</div>
  <h2>${L.auto}</h2><div style="font-size:9.6pt">${h(p.summary)}</div>
  <div style="margin-top:6mm;font-size:9pt;color:#444">${L.decl}</div>
  <div class="sig"><span>${L.sign}：${h(p.name)}（簽名）</span><span>${L.date}</span></div>`.replace('（簽名）', tw ? '（簽名）' : '（签名）');
  return page(css, body, tw ? 'zh-TW' : 'zh-CN');
}

/* ------------------------------------------------------------------ cvn */
export function cvn(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:8.8pt;color:#222;line-height:1.3}
  .cover{height:262mm;page-break-after:always;position:relative;border-left:9mm solid #a3192c;padding-left:10mm}
  .cover .logo{padding-top:30mm;font-size:11pt;color:#a3192c;letter-spacing:3pt}
  .cover .big{font-size:30pt;font-weight:700;color:#333;margin-top:4mm;line-height:1.1}
  .cover .nm{font-size:20pt;margin-top:38mm;color:#111}
  .cover table{margin-top:14mm;border-collapse:collapse;font-size:9pt}.cover td{padding:1mm 4mm 1mm 0;color:#444}
  .cover .fine{position:absolute;bottom:0;font-size:7.4pt;color:#777;right:0;left:10mm}
  h2{font-size:10pt;color:#fff;background:#a3192c;padding:.8mm 2mm;margin:3mm 0 1mm}
  h3{font-size:9pt;color:#a3192c;margin:2mm 0 .6mm}
  table.t{width:100%;border-collapse:collapse;margin-bottom:1mm}table.t td,table.t th{border:.4pt solid #bbb;padding:.6mm 1.4mm;vertical-align:top;text-align:left}
  table.t th{background:#f1e4e6;font-weight:700;font-size:8.2pt}table.t td.l{background:#f7f7f7;width:38mm;color:#444}
  .num{color:#a3192c;font-weight:700;width:6mm}`;
  const pos = newestFirst(p).slice(1).map((j, i) => `<tr><td class="num">${i + 1}</td><td><b>${h(j.company)}</b><br>Professional category: ${h(j.title)}<br>City of employing entity: ${h(j.town)}, Spain</td><td>${dayStart(j.start)}</td><td>${j.end ? dayEnd(j.end) : ''}</td></tr>`).join('');
  const cur = p.work[p.work.length - 1];
  const body = `
  <div class="cover"><div class="logo">CVN · CURRÍCULUM VITAE NORMALIZADO</div>
    <div class="big">Standardised<br>Curriculum Vitae</div>
    <div class="nm">Alejandro de la Fuente Ruiz</div>
    <table><tr><td>Generated from:</td><td>CVN editor (English version)</td></tr><tr><td>Date of the document:</td><td>20/11/2026</td></tr>
    <tr><td>v 1.4.3</td><td>9c4e02a7d5f1b8e3a60c1f27d4b95e88</td></tr></table>
    <div class="fine">This electronic file (PDF) contains the CVN (Currículum Vitae Normalizado) standard. The information in this document is the sole responsibility of the holder of the CV, who declares it to be true.</div></div>
  <h2>Summary of CV</h2><div>${h(p.summary)}</div>
  <h2>Personal data</h2>
  <table class="t">
   <tr><td class="l">Surname(s)</td><td>de la Fuente Ruiz</td><td class="l">Name</td><td>Alejandro</td></tr>
   <tr><td class="l">DNI</td><td>50812347-K</td><td class="l">Date of birth</td><td>22/11/1985</td></tr>
   <tr><td class="l">Sex</td><td>Male</td><td class="l">Nationality</td><td>Spain</td></tr>
   <tr><td class="l">Address</td><td>${h(p.address)}</td><td class="l">Postal code / City</td><td>${p.postcode} Madrid</td></tr>
   <tr><td class="l">Contact email</td><td>${p.email}</td><td class="l">Mobile phone</td><td>(+34) 612 489 307</td></tr>
   <tr><td class="l">Landline</td><td>(+34) 914 372 281</td><td class="l">ORCID</td><td>${p.other.orcid}</td></tr>
   <tr><td class="l">Researcher ID</td><td>K-4471-2014</td><td class="l">Scopus Author ID</td><td>56138804200</td></tr>
  </table>
  <h2>Current professional situation</h2>
  <table class="t"><tr><td class="l">Employing entity</td><td>${h(cur.company)}</td><td class="l">Type of entity</td><td>Private company</td></tr>
  <tr><td class="l">Professional category</td><td>${h(cur.title)}</td><td class="l">Start date</td><td>${dayStart(cur.start)}</td></tr>
  <tr><td class="l">City</td><td>${h(cur.town)}, Comunidad de Madrid, Spain</td><td class="l">Primary tasks</td><td>${cur.duties.map(h).join('; ')}</td></tr></table>
  <h2>Previous positions and activities</h2>
  <table class="t"><tr><th></th><th>Employing entity / Professional category</th><th>Start date</th><th>End date</th></tr>${pos}</table>
  <h2>Education</h2>
  <table class="t"><tr><th>Qualification</th><th>Awarding entity</th><th>Date of award</th></tr>${p.education.map((e) => `<tr><td>${h(e.degree)}</td><td>${h(e.school)}, ${h(e.town)}</td><td>${dayEnd(e.end)}</td></tr>`).join('')}</table>
  <h2>Knowledge and skills</h2>
  <table class="t"><tr>${skillsOf(p).slice(0, 4).map((s) => `<td>${h(s)}</td>`).join('')}</tr><tr>${skillsOf(p).slice(4).map((s) => `<td>${h(s)}</td>`).join('')}</tr></table>
  <h2>Language skills</h2>
  <table class="t"><tr><th>Language</th><th>Listening</th><th>Reading</th><th>Spoken interaction</th><th>Speaking</th><th>Writing</th></tr>
  <tr><td>English</td><td>C1</td><td>C2</td><td>C1</td><td>C1</td><td>C1</td></tr><tr><td>French</td><td>B1</td><td>B2</td><td>B1</td><td>B1</td><td>A2</td></tr></table>
  <div style="font-size:8pt;color:#555">Mother tongue: Spanish. Other merits: ${p.certificates.map(h).join('; ')}.</div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ jobroom */
export function jobroom(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:9pt;color:#222;line-height:1.35}
  .top{display:flex;justify-content:space-between;align-items:center;border-bottom:.6pt solid #c00;padding-bottom:2mm}
  .flag{display:flex;align-items:center;gap:2.5mm;font-size:8pt;color:#444}
  .top .app{font-size:12pt;font-weight:700;color:#333}
  h1{font-size:14pt;margin:3mm 0 .5mm}.meta{font-size:8pt;color:#666;margin-bottom:2mm}
  h2{font-size:9.6pt;margin:3.5mm 0 1mm;color:#333;text-transform:uppercase;letter-spacing:.5pt}
  table.t{width:100%;border-collapse:collapse}table.t td,table.t th{border:.4pt solid #c8c8c8;padding:.8mm 1.6mm;vertical-align:top;text-align:left}
  table.t th{background:#eee;font-size:8.4pt}table.t td.l{background:#f7f7f7;width:40mm;color:#555}
  .box{border:.6pt solid #c00;padding:2mm;margin-top:3mm;font-size:8.4pt}`;
  const jobs = newestFirst(p).map((j) => `<tr><td>${h(j.title)}${j.kind ? ` <i>(${h(j.kind)})</i>` : ''}</td><td>${h(j.company)}</td><td>${h(j.town)}</td><td>${d(j.start, 'MM.YYYY')}</td><td>${j.end ? d(j.end, 'MM.YYYY') : 'ongoing'}</td></tr>`).join('');
  const body = `
  <div class="top"><div class="flag"><svg width="7mm" height="7mm" viewBox="0 0 32 32"><rect width="32" height="32" fill="#d52b1e"/><rect x="13" y="6" width="6" height="20" fill="#fff"/><rect x="6" y="13" width="20" height="6" fill="#fff"/></svg><span>Public employment service<br>Regional employment centre (ORP/RAV) Genève</span></div><div class="app">Job-Room · Candidate profile</div></div>
  <h1>${h(p.name)}</h1><div class="meta">Candidate number 7614-2290-03 · Profile visible to employers: anonymous until contact approved · Printed 20.11.2026</div>
  <h2>Personal details</h2>
  <table class="t">
   <tr><td class="l">Name</td><td>DUBOIS Marie-Claire</td><td class="l">Gender</td><td>female</td></tr>
   <tr><td class="l">Year of birth</td><td>1986</td><td class="l">Nationality</td><td>France</td></tr>
   <tr><td class="l">Work permit</td><td>Permit C (settled)</td><td class="l">Place of residence</td><td>${p.postcode} Genève GE</td></tr>
   <tr><td class="l">Mobile (Natel)</td><td>${p.mob.nat}</td><td class="l">Phone (private)</td><td>${p.other.homeNat}</td></tr>
   <tr><td class="l">E-mail</td><td>${p.email}</td><td class="l">Preferred contact</td><td>e-mail, then mobile</td></tr>
   <tr><td class="l">Driving licence</td><td>B, own car</td><td class="l">Availability</td><td>by arrangement (3 months' notice)</td></tr>
  </table>
  <h2>Desired occupation</h2>
  <table class="t"><tr><th>Occupation</th><th>Experience</th><th>Region</th><th>Workload</th></tr><tr><td>${h(p.target)}</td><td>more than 3 years</td><td>Lake Geneva region, Vaud</td><td>80–100 %</td></tr></table>
  <h2>Work experience</h2>
  <table class="t"><tr><th>Occupation</th><th>Employer</th><th>Place</th><th>From</th><th>To</th></tr>${jobs}
  <tr><td colspan="3"><i>${h(p.careerBreak!.note)}</i></td><td>${d(p.careerBreak!.start, 'MM.YYYY')}</td><td>${d(p.careerBreak!.end, 'MM.YYYY')}</td></tr></table>
  <h2>Education and training</h2>
  <table class="t"><tr><th>Qualification</th><th>School</th><th>Year</th></tr>${p.education.map((e) => `<tr><td>${h(e.degree)}</td><td>${h(e.school)}, ${h(e.town)}</td><td>${e.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>Skills</h2>
  <table class="t"><tr>${skillsOf(p).slice(0, 4).map((s) => `<td>${h(s)}</td>`).join('')}</tr><tr>${skillsOf(p).slice(4).map((s) => `<td>${h(s)}</td>`).join('')}</tr></table>
  <h2>Languages</h2>
  <table class="t"><tr><th>Language</th><th>Oral</th><th>Written</th></tr><tr><td>French</td><td>mother tongue</td><td>mother tongue</td></tr><tr><td>English</td><td>very good (C1)</td><td>very good (C1)</td></tr><tr><td>German</td><td>good (B1)</td><td>basic (A2)</td></tr></table>
  <h2>Certificates</h2><div>${p.certificates.map(h).join('; ')}</div>
  <div class="box">Personal advisor: Mme Sandrine Perrottet, ORP Genève, tel. ${p.other.rav} (Mon–Fri 8:30–12:00). Employers contact the candidate through Job-Room or the advisor.</div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ zh-biaoge */
export function zhBiaoge(p: Person): string {
  const tw = p.id === 'p11';
  const T = tw
    ? { title: '個 人 履 歷 表', name: '姓名', sex: '性別', dob: '出生日期', eng: '英文名', native: '籍貫', edu: '最高學歷', mob: '行動電話', tel: '公司電話', home: '住家電話', mail: '電子郵件', addr: '通訊地址', post: '應徵職務', pay: '希望待遇', when: '起訖年月', co: '服務機構', ti: '職稱', du: '工作內容', sk: '專長技能', cert: '證照', lang: '語言能力', emg: '緊急聯絡人', photo: '二吋照片', eduT: '學歷', sch: '學校名稱', dept: '科系', self: '自我介紹', now: '迄今', filled: '填表日期：115年11月20日' }
    : { title: '个 人 简 历 表', name: '姓名', sex: '性别', dob: '出生年月', eng: '民族', native: '籍贯', edu: '学历', mob: '手机', tel: '办公电话', home: '邮编', mail: '电子邮箱', addr: '现住址', post: '求职意向', pay: '期望薪资', when: '起止时间', co: '工作单位', ti: '职务', du: '主要工作', sk: '专业技能', cert: '证书', lang: '语言', emg: '紧急联系人', photo: '一寸照片', eduT: '教育经历', sch: '学校', dept: '专业/学历', self: '自我评价', now: '至今', filled: '填表日期：2026年11月20日' };
  const vals = tw
    ? { name: '陳怡君', sex: '女', dob: '1990/03/12', eng: 'Yvonne Chen', native: '臺灣臺北市', edu: '大學', mob: p.mob.nat, tel: p.other.office, home: p.other.home, addr: `${p.postcode} ${p.address}`, pay: '月薪新臺幣 90,000 元以上', emg: `${p.other.emergencyName} ${p.other.emergency}` }
    : { name: '王　芳', sex: '女', dob: '1990.05', eng: '汉族', native: '江苏南通', edu: '本科', mob: '138 1762 4093', tel: p.other.office, home: p.postcode, addr: p.address, pay: '12K–15K/月', emg: '王建平（父亲）139 6287 0415' };
  const css = `
  body{font-family:${CJK};font-size:9.4pt;color:#111;line-height:1.45}
  h1{text-align:center;font-size:18pt;margin:0 0 1mm;letter-spacing:4pt}.fill{text-align:right;font-size:8.4pt;margin-bottom:1mm}
  table{width:100%;border-collapse:collapse;table-layout:fixed}td{border:.7pt solid #222;padding:1.1mm 1.4mm;vertical-align:middle}
  td.l{background:#eef2f7;text-align:center;font-weight:700}td.sec{background:#cfd9e6;text-align:center;font-weight:700;letter-spacing:3pt}
  td.ph{text-align:center;padding:1mm}.ph div{font-size:7.5pt;color:#666}
  ul{margin:0;padding-left:4mm}`;
  const jobs = newestFirst(p).map((j) => `<tr><td colspan="2" style="text-align:center">${d(j.start, tw ? 'YYYY/MM' : 'YYYY.MM')}～${j.end ? d(j.end, tw ? 'YYYY/MM' : 'YYYY.MM') : T.now}</td><td colspan="2">${h(j.company)}</td><td>${h(j.title)}</td><td colspan="3"><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></td></tr>`).join('');
  const body = `
  <h1>${T.title}</h1><div class="fill">${T.filled}</div>
  <table>
   <colgroup><col style="width:12%"><col style="width:13%"><col style="width:12%"><col style="width:13%"><col style="width:12%"><col style="width:12%"><col style="width:12%"><col style="width:14%"></colgroup>
   <tr><td class="l">${T.post}</td><td colspan="3">${h(p.target)}</td><td class="l">${T.pay}</td><td colspan="2">${h(vals.pay)}</td><td rowspan="4" class="ph">${silhouette('24mm', '30mm')}<div>${T.photo}</div></td></tr>
   <tr><td class="l">${T.name}</td><td>${vals.name}</td><td class="l">${T.sex}</td><td>${vals.sex}</td><td class="l">${T.dob}</td><td colspan="2">${vals.dob}</td></tr>
   <tr><td class="l">${T.eng}</td><td>${vals.eng}</td><td class="l">${T.native}</td><td>${vals.native}</td><td class="l">${T.edu}</td><td colspan="2">${vals.edu}</td></tr>
   <tr><td class="l">${T.mob}</td><td colspan="2">${vals.mob}</td><td class="l">${T.tel}</td><td colspan="3">${vals.tel}</td></tr>
   <tr><td class="l">${T.home}</td><td colspan="2">${vals.home}</td><td class="l">${T.mail}</td><td colspan="4">${p.email}</td></tr>
   <tr><td class="l">${T.addr}</td><td colspan="4">${h(vals.addr)}</td><td class="l">${T.emg}</td><td colspan="2">${h(vals.emg)}</td></tr>
   <tr><td colspan="8" class="sec">${T.eduT}</td></tr>
   ${p.education.map((e) => `<tr><td colspan="2" style="text-align:center">${d(e.start, 'YYYY.MM')}～${d(e.end, 'YYYY.MM')}</td><td colspan="3">${h(e.school)}</td><td colspan="3">${h(e.degree)}</td></tr>`).join('')}
   <tr><td colspan="8" class="sec">${tw ? '工作經歷' : '工作经历'}</td></tr>
   <tr><td colspan="2" class="l">${T.when}</td><td colspan="2" class="l">${T.co}</td><td class="l">${T.ti}</td><td colspan="3" class="l">${T.du}</td></tr>
   ${jobs}
   <tr><td class="l">${T.sk}</td><td colspan="7">${skillsOf(p).map(h).join('　')}</td></tr>
   <tr><td class="l">${T.cert}</td><td colspan="3">${p.certificates.map(h).join('；')}</td><td class="l">${T.lang}</td><td colspan="3">${p.languages.map(h).join('；')}</td></tr>
   <tr><td class="l">${T.self}</td><td colspan="7" style="height:20mm">${h(p.summary)}</td></tr>
  </table>`;
  return page(css, body, tw ? 'zh-TW' : 'zh-CN');
}

/* ------------------------------------------------------------------ bilingual-grid */
export function bilingualGrid(p: Person): string {
  const V: Record<string, { cn: string; en: string; sex: string; dob: string; nat: string; idl: string; id: string; mob: string; off: string; offL: string; emg: string; addr: string; now: string }> = {
    p13: { cn: '陳嘉欣', en: 'CHAN Ka Yan, Karen', sex: '女 F', dob: '23/01/1992', nat: 'Chinese (HKSAR) 中國香港', idl: '香港身份證 HKID', id: 'Y612345(3)', mob: '(852) 6218 4795', off: '(852) 2827 3310 (direct)', offL: '辦公 Office', emg: 'Chan Wai Ming 陳偉明 (father) (852) 9047 6612', addr: p.address, now: '至今 Present' },
    p14: { cn: '林志强', en: 'LIM Chee Keong', sex: '男 M', dob: '05/10/1986', nat: 'Singaporean 新加坡', idl: 'NRIC 身份证', id: 'S8634127F', mob: '+65 9735 2184', off: '+65 6225 1180', offL: '办公 Office', emg: 'Tan Mei Ling 陈美玲 (spouse) +65 9126 4403', addr: `${p.address}, Singapore ${p.postcode}`, now: '至今 Present' },
    p15: { cn: '周雨桐', en: 'Tina ZHOU Yutong', sex: '女 F', dob: '1991.07.12', nat: 'Chinese 中国', idl: '身份证 ID No.', id: p.other.id, mob: '+86 139-1824-6607', off: p.other.officeIntl, offL: '办公 Office', emg: `${p.other.emergencyName} ${p.other.emergency}`, addr: `${p.address}, Shanghai ${p.postcode}`, now: '至今 Present' },
    p16: { cn: '梁振宇', en: 'LIANG Zhenyu', sex: '男 M', dob: '07.02.1988', nat: 'Chinese 中国 (DE settlement permit)', idl: '护照 Passport No.', id: 'EK4127730', mob: '+49 (0)151 2384 7761', off: `${p.other.office} / Fax ${p.other.faxNat}`, offL: '办公 Office', emg: `Liang Guoqiang 梁国强 (father) ${p.other.emergency}`, addr: `${p.address}, ${p.postcode} München, Germany`, now: '至今 Present' },
  };
  const v = V[p.id];
  const css = `
  body{font-family:${SANS};font-size:8.8pt;color:#111;line-height:1.35}
  h1{text-align:center;font-size:15pt;margin:0;font-family:${CJK}}h1 small{display:block;font-size:10pt;letter-spacing:3pt;font-family:${SANS};color:#444}
  .no{text-align:right;font-size:7.6pt;color:#555;margin:1mm 0}
  table{width:100%;border-collapse:collapse;table-layout:fixed}td{border:.6pt solid #333;padding:1mm 1.3mm;vertical-align:top}
  td.l{background:#ececec;font-size:8pt;color:#222}td.sec{background:#3a4a5c;color:#fff;font-weight:700;font-size:9pt}
  td.h{background:#d9dee4;font-weight:700;font-size:8pt}
  ul{margin:0;padding-left:4mm}.sg{height:12mm}`;
  const jobs = newestFirst(p).map((j) => `<tr><td>${d(j.start, 'YYYY.MM')} – ${j.end ? d(j.end, 'YYYY.MM') : v.now}</td><td colspan="2">${h(j.company)}</td><td>${h(j.title)}</td><td colspan="2"><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></td></tr>`).join('');
  const body = `
  <h1>个人简历<small>RESUME / PERSONAL INFORMATION FORM</small></h1>
  <div class="no">表格编号 Form No. HR-R-03 (2024版 rev.)</div>
  <table><colgroup><col style="width:17%"><col style="width:18%"><col style="width:15%"><col style="width:17%"><col style="width:16%"><col style="width:17%"></colgroup>
   <tr><td colspan="6" class="sec">一、个人信息 Personal Information</td></tr>
   <tr><td class="l">中文姓名<br>Chinese Name</td><td>${v.cn}</td><td class="l">英文姓名<br>English Name</td><td>${v.en}</td><td class="l">性别 Sex</td><td>${v.sex}</td></tr>
   <tr><td class="l">出生日期<br>Date of Birth</td><td>${v.dob}</td><td class="l">国籍 Nationality</td><td>${v.nat}</td><td class="l">${v.idl}</td><td>${v.id}</td></tr>
   <tr><td class="l">手机 Mobile</td><td>${v.mob}</td><td class="l">${v.offL}</td><td colspan="3">${v.off}</td></tr>
   <tr><td class="l">电子邮件 E-mail</td><td colspan="2">${p.email}</td><td class="l">应聘职位<br>Position Applied</td><td colspan="2">${h(p.target)}</td></tr>
   <tr><td class="l">住址 Address</td><td colspan="5">${h(v.addr)}</td></tr>
   <tr><td class="l">紧急联系人<br>Emergency Contact</td><td colspan="5">${h(v.emg)}</td></tr>
   <tr><td colspan="6" class="sec">二、教育背景 Education</td></tr>
   <tr><td class="h">起止 Period</td><td class="h" colspan="3">学校 School</td><td class="h" colspan="2">学位/专业 Degree / Major</td></tr>
   ${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY.MM')} – ${d(e.end, 'YYYY.MM')}</td><td colspan="3">${h(e.school)}</td><td colspan="2">${h(e.degree)}</td></tr>`).join('')}
   <tr><td colspan="6" class="sec">三、工作经历 Work Experience（由近及远 latest first）</td></tr>
   <tr><td class="h">起止时间 Period</td><td class="h" colspan="2">公司 Company</td><td class="h">职位 Position</td><td class="h" colspan="2">主要职责 Main Duties</td></tr>
   ${jobs}
   <tr><td colspan="6" class="sec">四、技能与语言 Skills &amp; Languages</td></tr>
   <tr><td class="l">专业技能<br>Skills</td><td colspan="5">${skillsOf(p).map(h).join('； ')}</td></tr>
   <tr><td class="l">语言 Languages</td><td colspan="2">${p.languages.map(h).join('<br>')}</td><td class="l">证书<br>Certificates</td><td colspan="2">${p.certificates.map(h).join('<br>')}</td></tr>
   <tr><td colspan="6" class="sec">五、声明 Declaration</td></tr>
   <tr><td colspan="4">本人声明以上信息真实、准确。I declare that the information given above is true and complete.</td><td class="l">签名 Signature<br>日期 Date</td><td class="sg">${v.cn}<br>2026-11-20</td></tr>
  </table>`;
  return page(css, body, 'zh');
}

/* ------------------------------------------------------------------ resumeio-dublin */
export function resumeioDublin(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:9pt;color:#222;line-height:1.4}
  .wrap{display:grid;grid-template-columns:60mm 1fr;min-height:264mm}
  .side{background:#0e2a47;color:#e8eef5;padding:7mm 5mm}
  .side .nm{font-size:17pt;font-weight:700;line-height:1.15;color:#fff}.side .ttl{font-size:8.6pt;color:#9fc1e6;letter-spacing:1pt;text-transform:uppercase;margin:1.5mm 0 4mm}
  .side .ph{width:34mm;height:34mm;margin:0 auto 5mm;border:1mm solid #9fc1e6;border-radius:50%;overflow:hidden}
  .side h3{font-size:8.6pt;text-transform:uppercase;letter-spacing:1.4pt;color:#9fc1e6;margin:4mm 0 1.5mm}
  .side .k{font-size:7.6pt;color:#9fb2c6;margin-top:1.4mm}.side .v{font-size:8.6pt}
  .bar{height:1.2mm;background:#34506e;margin:.6mm 0 1.6mm}.bar i{display:block;height:100%;background:#9fc1e6}
  .main{padding:6mm 0 0 7mm}
  h2{font-size:11.5pt;margin:0 0 2mm;color:#0e2a47;display:flex;gap:2mm;align-items:center}
  h2::before{content:"";width:3mm;height:3mm;background:#0e2a47;border-radius:.6mm}
  .sec{margin-bottom:5mm}
  .job{margin-bottom:2.8mm}.job b{font-size:9.6pt}.job .dt{font-size:7.6pt;color:#7a8796;letter-spacing:.8pt;margin:.4mm 0}
  .job ul{margin:.4mm 0 0;padding-left:4.5mm}`;
  const lv = [95, 90, 85, 80, 80, 75, 70, 70];
  const jobs = newestFirst(p).map((j) => `<div class="job"><b>${h(j.title)}, ${h(j.company)}, ${h(j.town)}</b><div class="dt">${d(j.start, 'MON YYYY')} — ${j.end ? d(j.end, 'MON YYYY') : 'PRESENT'}</div><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="wrap"><div class="side">
    <div class="nm">${h(p.name)}</div><div class="ttl">${h(p.target)}</div>
    <div class="ph">${silhouette('34mm', '34mm', '#c9d6e3', '#6d849c')}</div>
    <h3>Details</h3>
    <div class="k">Address</div><div class="v">${h(p.address)}, ${h(p.city)}</div>
    <div class="k">Phone</div><div class="v">${p.mob.nat}</div>
    <div class="k">Office</div><div class="v">${p.other.office}</div>
    <div class="k">Email</div><div class="v" style="font-size:8pt">${p.email}</div>
    <div class="k">Date / Place of birth</div><div class="v">12/08/1991 · ${h(p.birthplace)}</div>
    <h3>Skills</h3>${skillsOf(p).map((s, i) => `<div class="v">${h(s)}</div><div class="bar"><i style="width:${lv[i]}%"></i></div>`).join('')}
    <h3>Languages</h3>${p.languages.map((l) => `<div class="v">${h(l)}</div>`).join('')}
  </div><div class="main">
    <div class="sec"><h2>Profile</h2>${h(p.summary)}</div>
    <div class="sec"><h2>Employment History</h2>${jobs}</div>
    <div class="sec"><h2>Education</h2>${p.education.map((e) => `<div class="job"><b>${h(e.degree)}, ${h(e.school)}, ${h(e.town)}</b><div class="dt">${d(e.start, 'MON YYYY')} — ${d(e.end, 'MON YYYY')}</div></div>`).join('')}</div>
    <div class="sec"><h2>Courses &amp; Certificates</h2>${p.certificates.map((c) => `<div>${h(c)}</div>`).join('')}</div>
  </div></div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ myfuturejobs */
export function myfuturejobs(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:8.9pt;color:#222;line-height:1.38}
  .nav{display:flex;justify-content:space-between;align-items:center;background:#1d3f8f;color:#fff;padding:2mm 3mm;font-size:8pt}
  .nav b{font-size:11.5pt}
  .wrap{display:grid;grid-template-columns:62mm 1fr;gap:5mm;margin-top:4mm}
  .card{border:.5pt solid #cfd7e6;border-radius:2mm;padding:4mm;background:#f7f9fd}
  .av{width:18mm;height:18mm;border-radius:50%;background:#f4b400;color:#1d3f8f;font-weight:700;font-size:14pt;text-align:center;line-height:18mm;margin-bottom:2mm}
  .card .nm{font-weight:700;font-size:10.5pt;color:#1d3f8f}.card .tt{font-size:8.4pt;color:#555;margin-bottom:2.5mm}
  .k{font-size:7.4pt;color:#667;margin-top:1.6mm}.v{font-size:8.6pt}
  h2{font-size:10.2pt;color:#1d3f8f;margin:0 0 1.6mm;border-bottom:.6pt solid #cfd7e6;padding-bottom:.6mm}
  .sec{margin-bottom:4mm}
  .job{margin-bottom:2.4mm}.job b{color:#111}.job .c{color:#1d3f8f}.job .dt{color:#666;font-size:8.2pt}
  .job ul{margin:.3mm 0 0;padding-left:4.5mm}
  .chip{display:inline-block;background:#e6ecf8;border-radius:3mm;padding:.4mm 2.2mm;margin:0 1.3mm 1.3mm 0;font-size:8.2pt}
  .foot{margin-top:3mm;font-size:7pt;color:#888;text-align:center}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><b>${h(j.title)}</b>${j.kind ? ` (${h(j.kind)})` : ''}<div class="c">${h(j.company)} · ${h(j.town)}</div><div class="dt">${range(j.start, j.end, 'Mon YYYY', 'Present', ' - ')}</div><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `
  <div class="nav"><b>KerjaNet Malaysia</b><span>Profil Pencari Kerja / Jobseeker Profile · ID JS-2026-0418832 · Dicetak / Printed 20/11/2026</span></div>
  <div class="wrap"><div>
    <div class="card"><div class="av">AF</div><div class="nm">Ir. AHMAD FAIZAL BIN ABDULLAH</div><div class="tt">${h(p.target)}</div>
      <div class="k">Nama penuh (seperti dalam MyKad) / Full name</div><div class="v">Ahmad Faizal bin Abdullah</div>
      <div class="k">No. MyKad / IC No.</div><div class="v">${p.other.ic}</div>
      <div class="k">No. Telefon Bimbit / Mobile No.</div><div class="v">+60 12-387 4416</div>
      <div class="k">No. Telefon Pejabat / Office No.</div><div class="v">+60 3-2161 4400 ext. 218</div>
      <div class="k">E-mel / Email</div><div class="v" style="font-size:8pt">${p.email}</div>
      <div class="k">Alamat / Address</div><div class="v">${h(p.address)}, ${p.postcode} ${h(p.city)}</div>
      <div class="k">Gaji dijangka / Expected salary</div><div class="v">RM 15,500 per month</div>
      <div class="k">Notis / Notice period</div><div class="v">1 month</div>
      <div class="k">Lesen memandu / Driving licence</div><div class="v">B2, D</div>
    </div>
    <div class="card" style="margin-top:3mm"><div class="k" style="margin-top:0">Bahasa / Languages</div>${p.languages.map((l) => `<div class="v">${h(l)}</div>`).join('')}
      <div class="k">Pendaftaran profesional / Registration</div><div class="v">BEM ${p.other.bem}<br>IEM ${p.other.iem}</div></div>
  </div><div>
    <div class="sec"><h2>Ringkasan / Summary</h2>${h(p.summary)}</div>
    <div class="sec"><h2>Pengalaman Kerja / Work Experience</h2>${jobs}</div>
    <div class="sec"><h2>Kemahiran / Skills</h2>${skillsOf(p).map((s) => `<span class="chip">${h(s)}</span>`).join('')}</div>
    <div class="sec"><h2>Pendidikan / Education</h2>${p.education.map((e) => `<div class="job"><b>${h(e.degree)}</b><div class="c">${h(e.school)}</div><div class="dt">${d(e.start, 'Mon YYYY')} - ${d(e.end, 'Mon YYYY')}</div></div>`).join('')}</div>
    <div class="sec"><h2>Sijil / Certificates</h2>${p.certificates.map((c) => `<div>${h(c)}</div>`).join('')}</div>
  </div></div>
  <div class="foot">Dokumen ini dijana oleh sistem. This document is system-generated. Helpdesk 1-800-88-4471</div>`;
  return page(css, body);
}

/* ------------------------------------------------------------------ notion-cols */
export function notionCols(p: Person): string {
  const tw = p.id === 'p11';
  const L = tw
    ? { title: '陳怡君 的履歷', contact: '聯絡方式', skills: '專長', lang: '語言', cert: '證照', exp: '工作經歷', edu: '學歷', about: '關於我', now: '現在', arrow: ' → ' }
    : { title: 'Marie-Claire Dubois — CV', contact: 'Contact', skills: 'Skills', lang: 'Languages', cert: 'Certificates', exp: 'Experience', edu: 'Education', about: 'About', now: 'now', arrow: ' → ' };
  const contact = tw
    ? [['手機', p.mob.nat], ['公司', p.other.office], ['Email', p.email], ['地點', '臺北市文山區']]
    : [['Natel', p.mob.intl], ['Home', p.other.home], ['Email', p.email], ['Based in', 'Genève, Switzerland (Permit C)']];
  const style: Style = tw ? 'YYYY年M月' : 'Mon YYYY';
  const css = `
  body{font-family:${tw ? CJK : SANS};font-size:9.3pt;color:#37352f;line-height:1.5}
  .cover{height:30mm;background:linear-gradient(120deg,#d3e5ef,#f5e0e9 60%,#fbecdd);border-radius:1mm}
  .icon{width:16mm;height:16mm;margin:-8mm 0 0 6mm;background:#fff;border-radius:2mm;display:flex;align-items:center;justify-content:center;font-size:22pt;color:#c2410c;box-shadow:0 0 0 .4mm #eee}
  h1{font-size:22pt;margin:2mm 0 1mm;font-weight:700}
  .prop{font-size:8.4pt;color:#787774;margin-bottom:3mm}
  .cols{display:grid;grid-template-columns:58mm 1fr;gap:7mm}
  h3{font-size:11pt;margin:3mm 0 1.2mm;font-weight:600}
  .callout{background:#f1f1ef;border-radius:1.5mm;padding:2.5mm 3mm;display:flex;gap:2mm}.callout .e{font-size:11pt}
  .callout div.t div{margin-bottom:.6mm}.callout span{color:#787774;display:block;font-size:7.6pt}
  .todo div{margin:.6mm 0}
  hr{border:0;border-top:.4pt solid #e3e2e0;margin:3mm 0}
  .tog{margin-bottom:2.4mm}.tog .hd::before{content:"▾ ";color:#787774}.tog .hd b{font-weight:600}
  .tog .dt{display:inline-block;background:#f1f1ef;color:#eb5757;font-family:"DejaVu Sans Mono",monospace;font-size:8pt;padding:0 1.2mm;border-radius:.8mm;margin-left:1mm}
  .tog ul{margin:.3mm 0 0 4mm;padding-left:4mm}`;
  const jobs = newestFirst(p).map((j) => `<div class="tog"><div class="hd"><b>${h(j.title)}</b> · ${h(j.company)} <span class="dt">${d(j.start, style)}${L.arrow}${j.end ? d(j.end, style) : L.now}</span></div><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `
  <div class="cover"></div><div class="icon">✦</div>
  <h1>${L.title}</h1>
  <div class="prop">${tw ? '最後編輯：2026年11月19日 · 標籤：求職、履歷' : 'Last edited: 19 November 2026 · Tags: job search, CV'}</div>
  <div class="cols"><div>
    <h3>${L.contact}</h3><div class="callout"><span class="e">☎</span><div class="t">${contact.map(([a, b]) => `<div><span>${a}</span> ${h(b)}</div>`).join('')}</div></div>
    <h3>${L.skills}</h3><div class="todo">${skillsOf(p).map((s) => `<div>☐ ${h(s)}</div>`).join('')}</div>
    <h3>${L.lang}</h3>${p.languages.map((l) => `<div>• ${h(l)}</div>`).join('')}
    <h3>${L.cert}</h3>${p.certificates.map((l) => `<div>• ${h(l)}</div>`).join('')}
  </div><div>
    <h3>${L.about}</h3><div>${h(p.summary)}</div><hr>
    <h3>${L.exp}</h3>${jobs}
    ${p.careerBreak ? `<div class="tog"><div class="hd"><i>${h(p.careerBreak.note)}</i> <span class="dt">${d(p.careerBreak.start, style)}${L.arrow}${d(p.careerBreak.end, style)}</span></div></div>` : ''}<hr>
    <h3>${L.edu}</h3>${p.education.map((e) => `<div class="tog"><div class="hd"><b>${h(e.school)}</b> · ${h(e.degree)} <span class="dt">${d(e.start, style)}${L.arrow}${d(e.end, style)}</span></div></div>`).join('')}
  </div></div>`;
  return page(css, body, tw ? 'zh-TW' : 'en');
}

/* ------------------------------------------------------------------ zh-zhaopian */
export function zhZhaopian(p: Person): string {
  const p10 = p.id === 'p10';
  const spaced = p10 ? '李 思 远' : '张 建 国';
  const pinyin = p10 ? 'LI SIYUAN' : 'ZHANG JIANGUO';
  const info = p10
    ? [['年　　龄', '32岁'], ['籍　　贯', '北京'], ['学　　历', '本科'], ['现　　居', '北京·海淀'], ['工作年限', '9年']]
    : [['曾 用 名', p.other.oldName], ['年　　龄', '44岁'], ['籍　　贯', '湖南邵阳'], ['学　　历', '中专'], ['现　　居', '东莞·长安']];
  const contact = p10
    ? [['手机', '186-1057-3942'], ['邮箱', p.email], ['紧急联系人', `${p.other.emergencyName}`], ['联系电话', p.other.emergency]]
    : [['手机', '139-2691-5570'], ['QQ', p.other.qq], ['邮箱', p.email], ['紧急联系人', `${p.other.emergencyName} ${p.other.emergency}`]];
  const css = `
  body{font-family:${CJK};font-size:9.4pt;color:#2b2b2b;line-height:1.55}
  .wrap{display:grid;grid-template-columns:58mm 1fr;min-height:264mm}
  .side{background:#eef3f7;padding:6mm 4.5mm}
  .ph{width:30mm;margin:0 auto}.cap{text-align:center;font-size:7.6pt;color:#7b8a99;margin:1mm 0 4mm}
  .side h3{font-size:10.5pt;color:#fff;background:#3b6e8f;padding:.6mm 2mm;margin:4mm 0 1.6mm;border-radius:0 3mm 3mm 0}
  .side .kv{font-size:8.8pt;margin-bottom:.8mm}.side .kv span{color:#6b7a89}
  .main{padding:6mm 0 0 6mm}
  .nm{font-size:26pt;letter-spacing:5pt;font-weight:700;color:#1f3b52}.py{font-family:${SANS};letter-spacing:3pt;color:#7b8a99;font-size:9pt}
  .obj{margin-top:2mm;font-size:10pt;border-bottom:1pt solid #3b6e8f;padding-bottom:2mm}
  h2{font-size:11pt;color:#3b6e8f;margin:4mm 0 1.5mm}h2::before{content:"▍";color:#3b6e8f}
  .job .hd{display:flex;justify-content:space-between;font-weight:700}.job .hd span:last-child{font-weight:400;color:#3b6e8f}
  .job .ti{color:#555;font-size:9pt}.job ol{margin:.3mm 0 2mm;padding-left:5mm;font-size:9pt}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="hd"><span>${h(j.company)}</span><span>${d(j.start, 'YYYY.MM')} - ${j.end ? d(j.end, 'YYYY.MM') : '至今'}</span></div><div class="ti">${h(j.title)}</div><ol>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ol></div>`).join('');
  const body = `<div class="wrap"><div class="side">
    <div class="ph">${silhouette('30mm', '40mm', '#d4dde6', '#8597a8')}</div><div class="cap">近期免冠照片</div>
    <h3>基本信息</h3>${info.map(([a, b]) => `<div class="kv"><span>${a}：</span>${h(b)}</div>`).join('')}
    <h3>联系方式</h3>${contact.map(([a, b]) => `<div class="kv"><span>${a}：</span>${h(b)}</div>`).join('')}
    <h3>专业技能</h3>${skillsOf(p).map((s) => `<div class="kv">◆ ${h(s)}</div>`).join('')}
    <h3>证书</h3>${p.certificates.map((s) => `<div class="kv">${h(s)}</div>`).join('')}
    <h3>语言</h3>${p.languages.map((s) => `<div class="kv">${h(s)}</div>`).join('')}
  </div><div class="main">
    <div class="nm">${spaced}</div><div class="py">${pinyin}</div>
    <div class="obj">求职意向：${h(p.target)}　｜　${p10 ? '期望薪资：40–50K' : '期望薪资：12–15K'}　｜　${p10 ? '北京' : '东莞'}</div>
    <h2>工作经历</h2>${jobs}
    <h2>教育背景</h2>${p.education.map((e) => `<div class="job"><div class="hd"><span>${h(e.school)}</span><span>${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</span></div><div class="ti">${h(e.degree)}</div></div>`).join('')}
    <h2>自我评价</h2><div>${h(p.summary)}</div>
  </div></div>`;
  return page(css, body, 'zh-CN');
}

/* ------------------------------------------------------------------ header-split-name */
export function headerSplitName(p: Person): string {
  const de = p.id === 'p16';
  const V = de
    ? { kicker: 'APPLYING FOR · Senior Process Engineer – Battery Cell Production (m/f/d) · Ref. PE-2026-118', given: 'Zhenyu', family: 'LIANG', cn: '梁振宇',
        contact: [['Handy / Mobile', '+49 (0)151 2384 7761'], ['Büro / Office', '+49 (0)89 4522 1870'], ['Fax', '+49 (0)89 4522 1871'], ['E-Mail', p.email], ['Adresse', 'Lindwurmstr. 114, 80337 München']], now: 'present', style: 'MM.YYYY' as Style }
    : { kicker: 'APPLYING FOR · HR Manager, China · Requisition #HR-4471', given: 'Tina', family: 'ZHOU', cn: '周雨桐',
        contact: [['手机 Mobile', '+86 139 1824 6607'], ['办公 Office', '+86 21 6133 8200-8021'], ['E-mail', p.email], ['地址 Address', 'Changning, Shanghai 200052']], now: 'now', style: 'YYYY.MM' as Style };
  const css = `
  body{font-family:${SANS};font-size:9pt;color:#222;line-height:1.4}
  .kick{font-size:7.8pt;letter-spacing:1.6pt;color:#fff;background:#2f6b4f;padding:1.4mm 3mm;display:inline-block}
  .nmb{display:flex;align-items:flex-end;gap:5mm;margin:3mm 0 1mm}
  .given{font-size:13pt;color:#2f6b4f;font-weight:300;letter-spacing:1pt}.family{font-size:40pt;font-weight:800;line-height:.95;letter-spacing:2pt}
  .cn{font-family:${CJK};font-size:22pt;color:#555;padding-bottom:1mm}
  .head{border-bottom:1.5pt solid #222;padding-bottom:2mm;margin-bottom:4mm}
  .cols{display:grid;grid-template-columns:1fr 58mm;gap:7mm}
  h2{font-size:10pt;text-transform:uppercase;letter-spacing:1.5pt;color:#2f6b4f;margin:0 0 2mm}
  .sec{margin-bottom:4.5mm}
  .job{margin-bottom:2.6mm}.job .t{font-weight:700}.job .m{color:#555;font-size:8.6pt}.job ul{margin:.3mm 0 0;padding-left:4.5mm}
  .right{border-left:.5pt solid #bbb;padding-left:5mm}
  .kv{margin-bottom:1.6mm}.kv span{display:block;font-size:7.4pt;color:#777;text-transform:uppercase;letter-spacing:.6pt}
  .right li{margin-bottom:.6mm}.right ul{padding-left:4mm;margin:0}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="t">${h(j.title)} — ${h(j.company)}</div><div class="m">${d(j.start, V.style)} – ${j.end ? d(j.end, V.style) : V.now} · ${h(j.town)}</div><ul>${j.duties.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `
  <div class="head"><div class="kick">${V.kicker}</div>
  <div class="nmb"><div><div class="given">${V.given}</div><div class="family">${V.family}</div></div><div class="cn">${V.cn}</div></div>
  <div style="color:#555">${h(p.summary)}</div></div>
  <div class="cols"><div>
    <div class="sec"><h2>Experience 工作经历</h2>${jobs}</div>
    <div class="sec"><h2>Education 教育背景</h2>${p.education.map((e) => `<div class="job"><div class="t">${h(e.degree)}</div><div class="m">${h(e.school)} · ${d(e.start, V.style)} – ${d(e.end, V.style)}</div></div>`).join('')}</div>
  </div><div class="right">
    <div class="sec"><h2>Contact</h2>${V.contact.map(([a, b]) => `<div class="kv"><span>${a}</span>${h(b)}</div>`).join('')}</div>
    <div class="sec"><h2>Skills 技能</h2><ul>${skillsOf(p).map((s) => `<li>${h(s)}</li>`).join('')}</ul></div>
    <div class="sec"><h2>Languages 语言</h2><ul>${p.languages.map((s) => `<li>${h(s)}</li>`).join('')}</ul></div>
    <div class="sec"><h2>Certificates 证书</h2><ul>${p.certificates.map((s) => `<li>${h(s)}</li>`).join('')}</ul></div>
  </div></div>`;
  return page(css, body, 'en');
}
