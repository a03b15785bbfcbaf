/** Chromium (HTML/CSS) templates of heldout-67. Each returns a full HTML page. */
import type { Job, Person } from './people.ts';
import { dot, dotShort, esc, groups, iso, mmyyyy, mon, month, monOnly, newest, oldest, range, span, tenure, zh } from './fmt.ts';

const SANS = `'Liberation Sans', 'Droid Sans Fallback', sans-serif`;
const SERIF = `'Liberation Serif', 'Droid Sans Fallback', serif`;
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font:10pt/1.38 ${SANS};color:#222}ul{margin:2px 0 4px 16px;padding:0}li{margin:0}${css}</style></head><body>${body}</body></html>`;
const li = (b: string[]) => `<ul>${b.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
const svgPhone = `<svg width="9" height="9" viewBox="0 0 10 10"><path d="M2 0h2l1 3-1.5 1a6 6 0 0 0 2.5 2.5L7 5l3 1v2c0 1-1 2-2 2A8 8 0 0 1 0 2c0-1 1-2 2-2z" fill="currentColor"/></svg>`;
const svgMail = `<svg width="10" height="8" viewBox="0 0 10 8"><rect x=".5" y=".5" width="9" height="7" fill="none" stroke="currentColor"/><path d="M.5.5 5 4.5 9.5.5" fill="none" stroke="currentColor"/></svg>`;
const svgPin = `<svg width="8" height="10" viewBox="0 0 8 10"><path d="M4 0a4 4 0 0 1 4 4c0 3-4 6-4 6S0 7 0 4a4 4 0 0 1 4-4z" fill="currentColor"/><circle cx="4" cy="4" r="1.4" fill="#fff"/></svg>`;

/** UK portfolio-career CV: "Current portfolio" of concurrent part-time posts (days a week, since …), then "Earlier career" with roles grouped under the employer, break line. */
export function portfolioCareer(p: Person): string {
  const cur = p.jobs.filter((j) => !j.end), past = p.jobs.filter((j) => j.end);
  const css = `header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #2b6f6a;padding-bottom:6px}
  h1{font:700 24pt ${SERIF};margin:0;color:#1d4d49} .hl{color:#555;font-style:italic}
  .ct{text-align:right;font-size:9pt;line-height:1.5} .ct b{color:#2b6f6a;font-weight:700;display:inline-block;width:14px}
  h2{font:700 10.5pt ${SANS};text-transform:uppercase;letter-spacing:.12em;color:#2b6f6a;margin:14px 0 6px}
  .port{display:grid;grid-template-columns:repeat(3,1fr);gap:8px} .card{border:1px solid #bcd6d3;border-radius:4px;padding:6px 8px;font-size:9pt}
  .card .t{font-weight:700} .card .s{color:#2b6f6a;font-size:8.5pt} .grp{margin-bottom:8px} .emp{font-weight:700;font-size:10.5pt}
  .role{display:flex;justify-content:space-between;font-style:italic;margin-top:2px} .brk{background:#f1f6f5;padding:4px 8px;font-style:italic;margin:6px 0}
  .two{display:flex;gap:24px} .two>div{flex:1}`;
  const body = `<header><div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div></div>
  <div class="ct"><b>m.</b>${p.phoneLocal}<br><b>e.</b>${p.email}<br><b>a.</b>${esc(p.city)}</div></header>
  <h2>Profile</h2><p style="margin:0">${esc(p.summary)} I work across three settings each week and keep my CPD log up to date.</p>
  <h2>Current portfolio</h2><div class="port">${cur.map((j) => `<div class="card"><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="s">since ${mon(j.start)} · ${esc(j.note ?? '')}</div>${li(j.bullets)}</div>`).join('')}</div>
  <h2>Earlier career</h2>${groups(past).map((g) => { const s = span(g.jobs); return `<div class="grp"><div class="emp">${esc(g.company)}, ${esc(g.jobs[0].city ?? '')} <span style="font-weight:400;color:#666">(${mon(s.start)} – ${mon(s.end!)})</span></div>${g.jobs.map((j) => `<div class="role"><span>${esc(j.title)}</span><span>${range(j, mon)}</span></div>${li(j.bullets)}`).join('')}</div>`; }).join('')}
  ${p.breaks.map((b) => `<div class="brk">${mon(b.start)} – ${mon(b.end)}: ${esc(b.text)}</div>`).join('')}
  <div class="two"><div><h2>Key skills</h2>${li(p.skills)}</div><div><h2>Registration &amp; courses</h2>${li(p.certs)}<h2>Education</h2>${p.edu.map((e) => `<div><b>${esc(e.degree)}</b>, ${esc(e.school)}, ${e.end.slice(0, 4)}</div>`).join('')}<h2>Languages</h2><div>${p.languages.map(esc).join(' · ')}</div></div></div>
  <p style="font-size:8.5pt;color:#666;margin-top:10px">References from the clinic director and the Trust are available on request. ${esc(p.other ?? '')} (messages only).</p>`;
  return page(css, body);
}

/** NZ expedition / guide CV: seasons as the date ("Antarctic season 2015/16") in a left column, the operator and role on the right; months in small type. */
export function guideSeasons(p: Person): string {
  const css = `h1{font:700 22pt ${SANS};margin:0;letter-spacing:-.01em} .top{border-left:8px solid #1b5e8c;padding-left:10px;margin-bottom:10px}
  .ct{font-size:9pt;color:#333} h2{font:700 10pt ${SANS};color:#1b5e8c;border-bottom:1px solid #1b5e8c;margin:12px 0 5px;text-transform:uppercase}
  .row{display:grid;grid-template-columns:43mm 1fr;gap:10px;margin-bottom:5px} .when{font-weight:700;font-size:9.5pt} .mo{font-size:8pt;color:#666}
  .gap{font-style:italic;color:#555}`;
  const rows = newest(p).map((j) => `<div class="row"><div><div class="when">${esc(j.when ?? `${mon(j.start)} – ${j.end ? mon(j.end) : 'now'}`)}</div><div class="mo">${j.when ? range(j, mon, ' – ', 'now') : ''}</div></div><div><b>${esc(j.company)}</b>${j.city ? ', ' + esc(j.city) : ''} — ${esc(j.title)}${li(j.bullets)}</div></div>`);
  const gaps = p.breaks.map((b) => `<div class="row gap"><div class="when">${mon(b.start)} – ${mon(b.end)}</div><div>${esc(b.text)}</div></div>`);
  const all = [...rows]; all.splice(1, 0, ...gaps);
  const body = `<div class="top"><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div><div class="ct">${esc(p.city)} &nbsp;|&nbsp; Mob ${p.phoneLocal} &nbsp;|&nbsp; ${p.email}</div></div>
  <p style="margin:0">${esc(p.summary)} Available for the coming southern summer; can relocate for an Antarctic season.</p>
  <h2>Seasons &amp; employment</h2>${all.join('')}
  <h2>Field skills</h2><div>${p.skills.map(esc).join(' • ')}</div>
  <h2>Tickets</h2><div>${p.certs.map(esc).join(' • ')}</div>
  <h2>Training</h2>${p.edu.map((e) => `<div>${esc(e.degree)} — ${esc(e.school)} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})</div>`).join('')}
  <h2>Languages</h2><div>${p.languages.map(esc).join(', ')}</div>
  <p class="mo" style="margin-top:10px">Referees: Centre manager, ${esc(p.other ?? '')}; Southern Ice Expeditions operations, +64 3 477 2093.</p>`;
  return page(css, body);
}

/** US consultant "professional biography" one-pager: third-person narrative naming employers and dates in sentences, then a short "Selected engagements" list. */
export function consultantBio(p: Person): string {
  const [a, b, c1, c2, c3, own] = p.jobs;
  const css = `body{font:10.5pt/1.5 ${SERIF}} .mast{text-align:center;border-bottom:1px solid #999;padding-bottom:6px} h1{font:400 26pt ${SERIF};margin:0;letter-spacing:.04em}
  .ct{font:9pt ${SANS};color:#444} h2{font:700 9pt ${SANS};letter-spacing:.2em;text-transform:uppercase;color:#8a5a2b;margin:14px 0 4px}
  p{margin:0 0 8px;text-align:justify} .eng{font:9.5pt ${SANS}} .eng div{margin-bottom:3px}`;
  const body = `<div class="mast"><h1>${esc(p.name)}</h1><div class="ct">${esc(p.headline)}<br>${esc(p.city)} · ${p.phoneLocal} (cell) · ${p.email} · whitcombedocs.com</div></div>
  <h2>Professional biography</h2>
  <p>${esc(p.name)} is an Austin-based technical writer who has documented oscilloscopes, infusion pumps, electric-grid procedures and REST APIs. She began her career in ${month(a.start)} as a ${esc(a.title)} at ${esc(a.company)} in Round Rock, where she moved the writing team from FrameMaker to DITA XML. In ${month(b.start)} she was promoted to ${esc(b.title)} and led a team of three writers until she left in ${month(b.end!)}.</p>
  <p>After a break for parental leave (${mon(p.breaks[0].start)} – ${mon(p.breaks[0].end)}), Dana returned to work as a contractor. From ${month(c1.start)} to ${month(c1.end!)} she was a ${esc(c1.title)} at ${esc(c1.company)} (${esc(c1.note!)}), writing the instructions for use for a Class II infusion pump. ${esc(c2.company)} then engaged her as ${esc(c2.title)} from ${month(c2.start)} through ${month(c2.end!)}, and she spent ${mon(c3.start)} – ${mon(c3.end!)} as ${esc(c3.title)} at ${esc(c3.company)}.</p>
  <p>In ${month(own.start)} she founded ${esc(own.company)}, where, as ${esc(own.title)}, she builds MadCap Flare help systems and developer portals for medical-device and software clients. She holds a B.A. in English from ${esc(p.edu[0].school)} (${p.edu[0].end.slice(0, 4)}) and is a Certified Professional Technical Communicator.</p>
  <h2>Selected engagements</h2><div class="eng">${newest(p).filter((j) => j.kind !== 'ft').map((j) => `<div><b>${esc(j.company)}</b> — ${esc(j.title)}; ${mmyyyy(j.start)}–${j.end ? mmyyyy(j.end) : 'present'}. ${esc(j.bullets[0])}</div>`).join('')}</div>
  <h2>Capabilities</h2><div class="eng">${p.skills.map(esc).join(' / ')}</div>
  <h2>Languages</h2><div class="eng">${p.languages.map(esc).join('; ')}</div>`;
  return page(css, body);
}

/** Orchestral musician's CV (North America): appointments by season, "Other engagements", teaching; season labels first, months in brackets. */
export function orchestraSeasons(p: Person): string {
  const orch = p.jobs.filter((j) => /Orchestra|Opera/.test(j.company)).sort((a, b) => b.start.localeCompare(a.start));
  const other = p.jobs.filter((j) => !orch.includes(j));
  const css = `body{font:10pt/1.45 ${SERIF}} h1{font:italic 400 28pt ${SERIF};margin:0} .sub{font-variant:small-caps;letter-spacing:.08em;font-size:11pt}
  .ct{font-size:9pt;margin:4px 0 10px;border-top:.5pt solid #000;border-bottom:.5pt solid #000;padding:3px 0;display:flex;justify-content:space-between}
  h2{font-variant:small-caps;font-size:12pt;margin:12px 0 4px;font-weight:400;letter-spacing:.06em} .e{margin:0 0 5px 0} .e .s{font-weight:700}
  .e .x{font-size:9pt;color:#333;margin-left:12px}`;
  const e = (j: Job) => `<div class="e"><span class="s">${esc(j.when ?? `${mon(j.start)} – ${j.end ? mon(j.end) : 'present'}`)}</span> &nbsp; ${esc(j.title)}, <i>${esc(j.company)}</i> <span style="font-size:9pt">(${range(j, mon, ' – ', 'present')})</span><div class="x">${j.bullets.map(esc).join('; ')}</div></div>`;
  const body = `<h1>${esc(p.name)}</h1><div class="sub">viola</div>
  <div class="ct"><span>${esc(p.city)}</span><span>cell ${p.phoneLocal}</span><span>${p.email}</span></div>
  <h2>Orchestral appointments</h2>${orch.map(e).join('')}
  <div class="e" style="font-style:italic">${mon(p.breaks[0].start)} – ${mon(p.breaks[0].end)}: ${esc(p.breaks[0].text)}</div>
  <h2>Teaching &amp; festivals</h2>${other.map(e).join('')}
  <h2>Education</h2>${p.edu.map((d) => `<div class="e">${esc(d.degree)}, ${esc(d.school)}, ${d.end.slice(0, 4)}</div>`).join('')}
  <h2>Skills</h2><div>${p.skills.map(esc).join(' · ')}</div>
  <h2>Languages</h2><div>${p.languages.map(esc).join(', ')}</div>
  <h2>Certification</h2><div>${p.certs.map(esc).join(', ')}</div>
  <p style="font-size:8.5pt;margin-top:12px">Audition repertoire and recordings on request. ${esc(p.other ?? '')}</p>`;
  return page(css, body);
}

/** Newsletter (Substack-type) post "I'm looking for my next role", printed from the browser: the career told in paragraphs, employer and dates in sentences. */
export function newsletterPost(p: Person): string {
  const pub = p.id === 'p05' ? 'Field Notes from Salthill' : 'Between Two Languages';
  const js = oldest(p);
  const para = js.map((j, i) => {
    const when = j.end ? `from ${month(j.start)} to ${month(j.end)}` : `since ${month(j.start)}`;
    const extra = j.when && !j.end ? '' : j.when ? ` (${esc(j.when)})` : '';
    const open = i === 0 ? 'My first job was' : j.company === js[i - 1].company ? 'I was then promoted and stayed on as' : j.kind === 'pt' ? 'Alongside that I took on a part-time role as' : j.kind === 'self' ? 'Then I went out on my own as' : 'Next came a stint as';
    return `<p>${open} <b>${esc(j.title)}</b> at ${esc(j.company)}, ${when}${extra}. ${esc(j.bullets[0])}.</p>`;
  });
  const brk = p.breaks.map((b) => `<p><i>A gap, for the record:</i> ${mon(b.start)} to ${mon(b.end)} — ${esc(b.text)}.</p>`);
  if (brk.length) para.splice(p.id === 'p05' ? 5 : 2, 0, ...brk);
  const css = `body{font:11pt/1.6 ${SERIF};color:#1a1a1a} .bar{font:9pt ${SANS};color:#777;border-bottom:1px solid #ddd;padding-bottom:4px;display:flex;justify-content:space-between}
  .pub{font:700 13pt ${SANS};text-align:center;margin:10px 0 2px} h1{font:700 20pt ${SANS};margin:8px 0 4px;line-height:1.2} .dek{font:12pt ${SANS};color:#555;margin-bottom:8px}
  .by{display:flex;gap:8px;align-items:center;font:9pt ${SANS};color:#555;margin-bottom:12px} .av{width:30px;height:30px;border-radius:50%;background:#e7c9a9;display:flex;align-items:center;justify-content:center;font-weight:700;color:#5a3b1c}
  p{margin:0 0 9px} .box{border:1px solid #ddd;background:#fafafa;padding:8px 12px;font:9.5pt ${SANS};margin:8px 0} .foot{font:8.5pt ${SANS};color:#888;border-top:1px solid #ddd;padding-top:4px;margin-top:12px}`;
  const display = p.alt ? `${esc(p.name)} (${esc(p.alt)})` : esc(p.name);
  const body = `<div class="bar"><span>${pub.toLowerCase().replace(/\s+/g, '')}.substack.com</span><span>Subscribe · Sign in</span></div>
  <div class="pub">${pub}</div><h1>I'm looking for my next thing — here's the whole story</h1><div class="dek">A plain account of where I've worked, including the untidy bits.</div>
  <div class="by"><div class="av">${esc(p.name.slice(0, 1))}</div><div>${display}<br>Nov 14, 2026 · 6 min read</div></div>
  <p>Several of you asked for a CV after last week's post, so here it is as prose. ${esc(p.summary)}</p>${para.join('')}
  <div class="box"><b>What I'm good at:</b> ${p.skills.map(esc).join(', ')}<br><b>Languages:</b> ${p.languages.map(esc).join(', ')}<br><b>Qualifications:</b> ${p.edu.map((e) => `${esc(e.degree)} (${esc(e.school)}, ${e.end.slice(0, 4)})`).join('; ')}; ${p.certs.map(esc).join('; ')}</div>
  <p>If you know of something, reply to this e-mail, write to <b>${p.email}</b> or text me on <b>${p.phoneLocal}</b>.</p>
  <div class="foot">♡ 23 &nbsp; 💬 7 &nbsp; ↻ Restack &nbsp;·&nbsp; © 2026 ${esc(p.alt ?? p.name)} · Unsubscribe</div>`;
  return page(css, body);
}

/** Korean-company 자기소개서 (self-introduction) in Chinese with Korean/English headings: four numbered essay sections, the career told in the third section, with a short header table. */
export function jasoseo(p: Person): string {
  const js = oldest(p);
  const css = `body{font:10pt/1.6 ${SANS}} h1{text-align:center;font:700 17pt ${SANS};letter-spacing:.3em;margin:0 0 2px} .en{text-align:center;color:#666;font-size:9pt;margin-bottom:8px}
  table.h{width:100%;border-collapse:collapse;font-size:9pt;margin-bottom:10px} .h td{border:1px solid #888;padding:3px 6px} .h td.l{background:#eef1f6;width:18%;font-weight:700}
  h2{font:700 10.5pt ${SANS};background:#27406b;color:#fff;padding:3px 8px;margin:10px 0 5px} p{margin:0 0 6px;text-indent:2em;text-align:justify}`;
  const sent = js.map((j) => `${j.end ? `${zh(j.start)}至${zh(j.end)}` : `${zh(j.start)}起至今`}，我在${esc(j.company)}担任${esc(j.title)}${j.note ? `（${esc(j.note)}）` : ''}，${esc(j.bullets[0])}。`);
  const b = p.breaks[0];
  const body = `<h1>自 我 介 绍 书</h1><div class="en">자기소개서 · Self-Introduction</div>
  <table class="h"><tr><td class="l">姓名 성명</td><td>${esc(p.name)}（${esc(p.alt!)}）</td><td class="l">应聘岗位</td><td>采购部 经理</td></tr>
  <tr><td class="l">手机 휴대폰</td><td>${p.phoneLocal}</td><td class="l">电子邮箱</td><td>${p.email}</td></tr></table>
  <h2>1. 成长过程 성장과정</h2><p>我出生在延边一个朝鲜族家庭，从小在汉语和朝鲜语两种语言之间长大。${esc(p.edu[0].end.slice(0, 4))}年毕业于${esc(p.edu[0].school)}${esc(p.edu[0].degree)}。</p>
  <h2>2. 性格优缺点 성격의 장단점</h2><p>做事细致、守时，能在中韩双方之间耐心沟通；缺点是有时对细节过于较真，现在会先排优先级。</p>
  <h2>3. 经历及能力 경력 및 역량</h2><p>${sent.slice(0, 3).join('')}</p><p>${zh(b.start)}至${zh(b.end)}，${esc(b.text)}。回国后，${sent.slice(3).join('')}</p>
  <p>工作中掌握的技能：${p.skills.map(esc).join('、')}。持有${p.certs.map(esc).join('、')}。语言：${p.languages.map(esc).join('；')}。</p>
  <h2>4. 入职后抱负 입사 후 포부</h2><p>希望利用中韩双语和采购经验，帮助贵公司稳定韩国供应链。</p>
  <p style="text-indent:0;text-align:right;margin-top:14px">2026年12月　　申请人：${esc(p.name)}</p>`;
  return page(css, body, 'zh');
}

/** 导游 / 领队 简历 (Chinese tour-guide CV): 带团经历 with seasons and "做了三年"; 导游证 band; red ribbon headings. */
export function zhDaoyou(p: Person): string {
  const css = `body{font:10pt/1.55 ${SANS}} .top{display:flex;gap:14px;align-items:center;border-bottom:2px solid #c0392b;padding-bottom:8px}
  .ph{width:26mm;height:32mm;border:1px dashed #c0392b;display:flex;align-items:center;justify-content:center;color:#c0392b;font-size:8pt;text-align:center;background:#fdf3f2}
  h1{font:700 22pt ${SANS};margin:0} .tag{color:#c0392b} h2{display:inline-block;background:#c0392b;color:#fff;font:700 10.5pt ${SANS};padding:2px 14px 2px 8px;clip-path:polygon(0 0,100% 0,92% 100%,0 100%);margin:12px 0 4px}
  .j{margin:4px 0 6px} .j .h{font-weight:700} .j .w{color:#c0392b;font-weight:400} .lic{background:#fff7e6;border:1px solid #f0c36d;padding:4px 8px;margin-top:6px;font-size:9pt}`;
  const line = (j: Job) => `<div class="j"><div class="h">${esc(j.company)}　${esc(j.title)}　<span class="w">${j.when ? esc(j.when) + `（${dot(j.start)}—${j.end ? dot(j.end) : '至今'}）` : `${dot(j.start)}—${j.end ? dot(j.end) : '至今'}`}</span></div>${li(j.bullets)}</div>`;
  const js = newest(p), b = p.breaks[0];
  const body = `<div class="top"><div class="ph">近期照片<br>（带团工装）</div><div><h1>${esc(p.name)}</h1><div class="tag">${esc(p.headline)}</div>
  <div>手机/微信：${p.phoneLocal}　　邮箱：${p.email}</div><div>现居：${esc(p.city)}　　期望：景区/文旅企业 讲解或运营管理</div></div></div>
  <div class="lic">持证：${p.certs.map(esc).join('　|　')}</div>
  <h2>自我介绍</h2><div>${esc(p.summary)}熟悉桂林、云南线路，能用英语带入境团。</div>
  <h2>带团 / 工作经历</h2>${js.slice(0, 2).map(line).join('')}
  <div class="j" style="color:#666">${dot(b.start)}—${dot(b.end)}　${esc(b.text)}</div>${js.slice(2).map(line).join('')}
  <h2>专业技能</h2><div>${p.skills.map(esc).join('　/　')}</div>
  <h2>教育背景</h2>${p.edu.map((e) => `<div>${dot(e.start)}—${dot(e.end)}　${esc(e.school)}　${esc(e.degree)}</div>`).join('')}
  <h2>语言</h2><div>${p.languages.map(esc).join('，')}</div>`;
  return page(css, body, 'zh');
}

/** 教练简历 (fitness / yoga coach introduction + CV): card header with 授课风格, 兼职/全职 labelled jobs, a weekly timetable strip, concurrent periods. */
export function zhJiaolian(p: Person): string {
  const css = `body{font:10pt/1.55 ${SANS};color:#333} .hd{background:linear-gradient(90deg,#f6efe6,#fff);border-radius:10px;padding:10px 14px;display:flex;justify-content:space-between;align-items:center}
  h1{font:700 22pt ${SANS};margin:0;color:#7a5230} .c{font-size:9pt;text-align:right} h2{font:700 11pt ${SANS};color:#7a5230;margin:12px 0 4px;padding-left:8px;border-left:4px solid #c89b6d}
  .j{display:flex;gap:10px;margin-bottom:4px} .j .d{width:40mm;flex:none;color:#7a5230} .pill{display:inline-block;font-size:8pt;border-radius:8px;padding:0 6px;margin-left:6px;color:#fff}
  .ft{background:#7a5230} .pt{background:#c89b6d} table{border-collapse:collapse;width:100%;font-size:8.5pt;text-align:center} td,th{border:1px solid #e2d3c3;padding:2px}`;
  const j = newest(p).map((x) => `<div class="j"><div class="d">${dotShort(x.start)} ~ ${x.end ? dotShort(x.end) : '至今'}</div><div><b>${esc(x.company)}</b> · ${esc(x.title)}<span class="pill ${x.kind === 'pt' ? 'pt' : 'ft'}">${x.kind === 'pt' ? '兼职' : '全职'}</span>${x.note ? `<span style="font-size:8.5pt;color:#888">（${esc(x.note)}）</span>` : ''}${li(x.bullets)}</div></div>`);
  const body = `<div class="hd"><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}　|　授课风格：温和、注重体态细节</div></div><div class="c">电话 ${p.phoneLocal}<br>邮箱 ${p.email}<br>${esc(p.city)}</div></div>
  <h2>个人简介</h2><div>${esc(p.summary)}目前同时在工作室（全职）和社区中心（兼职）授课。</div>
  <h2>从业经历</h2>${j.join('')}
  <h2>目前每周课表</h2><table><tr><th></th><th>周一</th><th>周二</th><th>周三</th><th>周四</th><th>周五</th><th>周六</th><th>周日</th></tr>
  <tr><td>上午</td><td>私教</td><td>私教</td><td>—</td><td>私教</td><td>小班</td><td>社区团课</td><td>社区团课</td></tr><tr><td>晚上</td><td>小班</td><td>小班</td><td>休</td><td>阴瑜伽</td><td>私教</td><td>—</td><td>休</td></tr></table>
  <h2>专业技能</h2><div>${p.skills.map(esc).join(' · ')}</div>
  <h2>证书</h2><div>${p.certs.map(esc).join(' · ')}</div>
  <h2>教育</h2>${p.edu.map((e) => `<div>${esc(e.school)}　${esc(e.degree)}　${dot(e.start)}—${dot(e.end)}</div>`).join('')}
  <h2>语言</h2><div>${p.languages.map(esc).join('，')}</div>`;
  return page(css, body, 'zh');
}

/** 兼职/蓝领 app profile (斗米-type) printed from the phone layout: centred narrow column, profile card, "求职状态", 全职 / 兼职经历 cards with 时长. */
export function doumiProfile(p: Person): string {
  const css = `body{background:#eef0f3;font:10pt/1.5 ${SANS}} .ph{width:118mm;margin:0 auto;background:#fff;border-radius:6px;overflow:hidden}
  .bar{background:#ffb400;color:#3b2a00;font-weight:700;padding:6px 10px;display:flex;justify-content:space-between} .card{padding:10px 12px;border-bottom:8px solid #eef0f3}
  h1{font:700 17pt ${SANS};margin:0} .chip{display:inline-block;background:#fff4d6;color:#8a6300;border-radius:10px;padding:0 7px;margin:2px 3px 0 0;font-size:8.5pt}
  .t{font-weight:700;font-size:11pt;margin-bottom:4px} .x{margin:6px 0;padding-bottom:6px;border-bottom:1px solid #f0f0f0} .m{color:#888;font-size:8.5pt}`;
  const full = newest(p).filter((j) => j.kind !== 'pt'), part = newest(p).filter((j) => j.kind === 'pt');
  const card = (j: Job) => `<div class="x"><b>${esc(j.title)}</b>　${esc(j.company)}<div class="m">${j.when ? esc(j.when) + '　' : ''}${dot(j.start)} - ${j.end ? dot(j.end) : '至今'}　（${tenure(j.start, j.end, '2026-12', 'zh')}）</div><div>${j.bullets.map(esc).join('；')}</div></div>`;
  const b = p.breaks[0];
  const body = `<div class="ph"><div class="bar"><span>‹ 我的简历</span><span>预览</span></div>
  <div class="card"><h1>${esc(p.name)}</h1><div class="m">男 · 36岁 · 中专 · ${esc(p.city)}</div><div>手机：${p.phoneLocal}　　邮箱：${p.email}</div>
  <div style="margin-top:4px"><span class="chip">求职状态：在职，看机会</span><span class="chip">期望：仓储主管 / 站长</span><span class="chip">可兼职：晚上、周末</span></div></div>
  <div class="card"><div class="t">个人优势</div>${esc(p.summary)}</div>
  <div class="card"><div class="t">全职经历</div>${full.map(card).join('')}<div class="x m">空档期　${dot(b.start)} - ${dot(b.end)}　${esc(b.text)}</div></div>
  <div class="card"><div class="t">兼职经历</div>${part.map(card).join('')}</div>
  <div class="card"><div class="t">技能标签</div>${p.skills.map((s) => `<span class="chip">${esc(s)}</span>`).join('')}</div>
  <div class="card"><div class="t">证书</div>${p.certs.map((s) => `<span class="chip">${esc(s)}</span>`).join('')}<div class="t" style="margin-top:6px">教育经历</div>${p.edu.map((e) => `<div>${esc(e.school)} · ${esc(e.degree)} · ${dot(e.start)} - ${dot(e.end)}</div>`).join('')}
  <div class="t" style="margin-top:6px">语言</div>${p.languages.map(esc).join('、')}</div>
  <div class="card m" style="text-align:center">简历更新于 2026-12-03 · 仅投递企业可见</div></div>`;
  return page(css, body, 'zh');
}

/** Parallel-track table: rows are periods; columns split the main job from concurrent part-time / second jobs and from breaks. */
export function parallelTrack(p: Person): string {
  const zhL = p.lang === 'zh';
  const L = zhL ? { t: '工作经历（主业 / 兼职并行）', per: '时间段', main: '主业（全职）', side: '同期兼职 / 副业', n: '说明' } : { t: 'Work history — main and concurrent roles', per: 'Period', main: 'Main role', side: 'Alongside (part-time / second job)', n: 'Notes' };
  const f = zhL ? dot : mon, now = zhL ? '至今' : 'present';
  const isSide = (j: Job) => (j.kind === 'pt' && !j.company.startsWith('Kirkstall') && !j.company.startsWith('Fitzroy') && j.title !== 'Lecturer in Marketing') || j.title === 'Sessional Lecturer';
  const main = oldest(p).filter((j) => !isSide(j));
  const side = p.jobs.filter(isSide);
  const cell = (j: Job) => `<b>${esc(j.title)}</b><br>${esc(j.company)}<br><span class="d">${range(j, f, ' – ', now)}${j.note ? ` · ${esc(j.note)}` : ''}</span>`;
  const rows: string[] = [];
  const covered = (s: Job) => main.some((m) => s.start >= m.start && s.start <= (m.end ?? '9999'));
  const items: { s: string; e: string | null; m?: Job; b?: { text: string }; solo?: Job }[] = [...main.map((j) => ({ s: j.start, e: j.end, m: j })), ...p.breaks.map((b) => ({ s: b.start, e: b.end, b })),
    ...side.filter((x) => !covered(x)).map((x) => ({ s: x.start, e: x.end, solo: x }))].sort((a, b) => a.s.localeCompare(b.s));
  for (const it of items) {
    if (it.solo) { rows.push(`<tr><td class="p">${f(it.s)} – ${it.e ? f(it.e) : now}</td><td>—</td><td>${cell(it.solo)}</td><td class="n">${esc(it.solo.bullets[0])}</td></tr>`); continue; }
    const ov = it.m ? side.filter((s) => covered(s) && s.start >= it.s && s.start <= (it.e ?? '9999') && main.find((m) => s.start >= m.start && s.start <= (m.end ?? '9999')) === it.m) : [];
    const per = `${f(it.s)} – ${it.e ? f(it.e) : now}`;
    rows.push(`<tr><td class="p">${per}</td><td>${'m' in it && it.m ? cell(it.m) : `<i>${zhL ? '空档期' : 'Break'}: ${esc((it as any).b.text)}</i>`}</td><td>${ov.map(cell).join('<hr>') || '—'}</td><td class="n">${'m' in it && it.m ? esc(it.m.bullets[0]) : ''}</td></tr>`);
  }
  const css = `body{font:9.5pt/1.4 ${SANS}} table{width:100%;border-collapse:collapse} td,th{border:1px solid #9aa7b3;padding:4px 5px;vertical-align:top} th{background:#dfe7ee;text-align:left}
  .hd td{border:none;padding:0 0 8px} h1{font:700 18pt ${SANS};margin:0} .d{color:#555;font-size:8.5pt} td.p{white-space:nowrap;font-weight:700;width:24mm} td.n{font-size:8.5pt;width:48mm} hr{border:0;border-top:1px dashed #9aa7b3;margin:3px 0}
  h2{font:700 10.5pt ${SANS};margin:12px 0 4px} .kv td{border:1px solid #9aa7b3} .kv td.l{background:#dfe7ee;width:28mm;font-weight:700}`;
  const K = zhL ? ['电话', '邮箱', '所在地', '技能', '证书', '语言', '教育'] : ['Mobile', 'E-mail', 'Location', 'Skills', 'Certificates', 'Languages', 'Education'];
  const body = `<table class="hd"><tr><td><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></td></tr></table>
  <table class="kv"><tr><td class="l">${K[0]}</td><td>${p.phoneLocal}</td><td class="l">${K[1]}</td><td>${p.email}</td></tr><tr><td class="l">${K[2]}</td><td colspan="3">${esc(p.city)}</td></tr></table>
  <h2>${L.t}</h2><table><tr><th>${L.per}</th><th>${L.main}</th><th>${L.side}</th><th>${L.n}</th></tr>${rows.join('')}</table>
  <table class="kv" style="margin-top:10px"><tr><td class="l">${K[3]}</td><td>${p.skills.map(esc).join(zhL ? '、' : ', ')}</td></tr><tr><td class="l">${K[4]}</td><td>${p.certs.map(esc).join(zhL ? '、' : '; ')}</td></tr>
  <tr><td class="l">${K[5]}</td><td>${p.languages.map(esc).join(zhL ? '、' : ', ')}</td></tr><tr><td class="l">${K[6]}</td><td>${p.edu.map((e) => `${esc(e.degree)}, ${esc(e.school)} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`).join('<br>')}</td></tr></table>`;
  return page(css, body, zhL ? 'zh' : 'en');
}

/** Contractor's engagement table (US / SG): permanent roles one row each, contracts dated by quarter (or month) with a "Via / basis" column. */
export function engagementTable(p: Person): string {
  const q = (s: string) => `Q${Math.floor((Number(s.slice(5, 7)) - 1) / 3) + 1} ${s.slice(0, 4)}`;
  const rows = newest(p).map((j) => `<tr><td class="d">${j.kind === 'contract' && p.id === 'p13' ? `${q(j.start)} – ${q(j.end!)}` : `${mmyyyy(j.start)} – ${j.end ? mmyyyy(j.end) : 'present'}`}</td><td><b>${esc(j.company)}</b></td><td>${esc(j.title)}</td><td>${j.kind === 'contract' ? 'Contract' + (j.note ? `, ${esc(j.note)}` : '') : j.kind === 'self' ? 'Self-employed' : 'Permanent'}</td><td>${esc(j.bullets[0])}</td></tr>`);
  const b = p.breaks[0];
  rows.splice(rows.findIndex((r, i) => newest(p)[i].start < b.start), 0, `<tr class="g"><td class="d">${mmyyyy(b.start)} – ${mmyyyy(b.end)}</td><td colspan="4"><i>${esc(b.text)}</i></td></tr>`);
  const css = `body{font:9.5pt/1.4 ${SANS}} h1{font:700 19pt ${SANS};margin:0} .ct{margin:2px 0 10px;color:#333} table{width:100%;border-collapse:collapse} th{background:#333;color:#fff;text-align:left;padding:4px}
  td{border-bottom:1px solid #bbb;padding:4px;vertical-align:top} td.d{white-space:nowrap;width:30mm} tr.g td{background:#f4f4f4} h2{font:700 10.5pt ${SANS};margin:12px 0 4px;border-bottom:2px solid #333}
  .sk td{border:1px solid #bbb}`;
  const body = `<h1>${esc(p.name)}${p.alt ? ` <span style="font-weight:400;font-size:13pt">${esc(p.alt)}</span>` : ''}</h1><div class="ct">${esc(p.headline)}<br>${esc(p.city)} · M: ${p.phoneLocal} · ${p.email}</div>
  <h2>Engagement history</h2><table><tr><th>Period</th><th>Organisation</th><th>Role</th><th>Basis</th><th>Scope</th></tr>${rows.join('')}</table>
  <h2>Skills</h2><table class="sk"><tr>${p.skills.map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
  <h2>Education &amp; certification</h2>${p.edu.map((e) => `<div>${esc(e.degree)} — ${esc(e.school)}, ${e.end.slice(0, 4)}</div>`).join('')}<div>${p.certs.map(esc).join('; ')}</div>
  <h2>Languages</h2><div>${p.languages.map(esc).join(', ')}</div>`;
  return page(css, body);
}

/** 简历 with a 状态 column: each period is 在职 / 合同制 / 待业 / 兼职, with 说明; one bordered table. */
export function zhStatusTable(p: Person): string {
  const items = [...p.jobs.map((j) => ({ s: j.start, e: j.end, j })), ...p.breaks.map((b) => ({ s: b.start, e: b.end as string | null, b }))].sort((a, b) => b.s.localeCompare(a.s));
  const st = (j: Job) => ({ ft: '全职在职', pt: '兼职', contract: '合同制（项目）', self: '自由执业', season: '季节性', intern: '实习' })[j.kind ?? 'ft'];
  const rows = items.map((it) => 'j' in it && it.j ? `<tr><td>${it.j.when ? esc(it.j.when) + '<br>' : ''}<span class="d">${dot(it.s)}—${it.e ? dot(it.e) : '至今'}</span></td><td>${st(it.j)}</td><td>${esc(it.j.company)}</td><td>${esc(it.j.title)}</td><td>${it.j.bullets.map(esc).join('；')}</td></tr>`
    : `<tr class="g"><td><span class="d">${dot(it.s)}—${dot(it.e!)}</span></td><td>待业</td><td colspan="3">${esc((it as any).b.text)}</td></tr>`);
  const css = `body{font:9.5pt/1.45 ${SANS}} table{width:100%;border-collapse:collapse} td,th{border:1px solid #555;padding:4px 5px;vertical-align:top} th{background:#e9e9e9}
  .t{font:700 18pt ${SANS};text-align:center;letter-spacing:.5em;margin-bottom:6px} .l{background:#f3f3f3;font-weight:700;width:20mm} .d{white-space:nowrap} tr.g td{color:#666;font-style:italic}`;
  const body = `<div class="t">个人简历</div><table><tr><td class="l">姓名</td><td>${esc(p.name)}</td><td class="l">求职意向</td><td>${esc(p.headline)}</td></tr>
  <tr><td class="l">手机</td><td>${p.phoneLocal}</td><td class="l">邮箱</td><td>${p.email}</td></tr><tr><td class="l">现居</td><td>${esc(p.city)}</td><td class="l">证书</td><td>${p.certs.map(esc).join('、')}</td></tr></table>
  <table style="margin-top:8px"><tr><th style="width:36mm">起止时间</th><th style="width:22mm">状态</th><th>单位</th><th>职务</th><th>说明</th></tr>${rows.join('')}</table>
  <table style="margin-top:8px"><tr><td class="l">专业技能</td><td>${p.skills.map(esc).join('、')}</td></tr><tr><td class="l">教育经历</td><td>${p.edu.map((e) => `${dot(e.start)}—${dot(e.end)}　${esc(e.school)}　${esc(e.degree)}`).join('<br>')}</td></tr>
  <tr><td class="l">语言</td><td>${p.languages.map(esc).join('、')}</td></tr><tr><td class="l">自我评价</td><td>${esc(p.summary)}</td></tr></table>`;
  return page(css, body, 'zh');
}

/** Concert-programme artist biography page (two columns): left photo box + facts, right the biography in prose with employers and seasons in sentences, then a compact list. */
export function programmeBio(p: Person): string {
  const [lso, ob1, kcm, ob2, fest] = p.jobs;
  const css = `body{font:10pt/1.5 ${SERIF}} .wrap{display:grid;grid-template-columns:58mm 1fr;gap:8mm} .side{background:#f2ede4;padding:8px;font:9pt/1.45 ${SANS}}
  .photo{height:62mm;background:repeating-linear-gradient(45deg,#d8cfc0 0 6px,#e6dfd3 6px 12px);display:flex;align-items:flex-end;justify-content:center;color:#6b5f4c;font-size:8pt;padding:4px}
  .side h3{font:700 8.5pt ${SANS};text-transform:uppercase;letter-spacing:.1em;margin:10px 0 2px;color:#7d6a4a} h1{font:400 26pt ${SERIF};margin:0} .role{font-variant:small-caps;letter-spacing:.1em;margin-bottom:8px}
  p{margin:0 0 8px;text-align:justify} .list div{font-size:9pt;margin-bottom:2px}`;
  const body = `<div class="wrap"><div class="side"><div class="photo">Photo: press image (hi-res on request)</div>
  <h3>Contact</h3>${p.phoneLocal} (cell)<br>${p.email}<br>${esc(p.city)}<br><span style="font-size:8pt">${esc(p.other ?? '')}</span>
  <h3>Skills</h3>${p.skills.map(esc).join('<br>')}<h3>Languages</h3>${p.languages.map(esc).join(', ')}
  <h3>Training</h3>${p.edu.map((e) => `${esc(e.degree)}, ${esc(e.school)} (${e.end.slice(0, 4)})`).join('<br>')}<h3>Certification</h3>${p.certs.map(esc).join('<br>')}</div>
  <div><h1>${esc(p.name)}</h1><div class="role">viola</div>
  <p>Canadian violist ${esc(p.name)} has been ${esc(ob2.title)} of ${esc(ob2.company)} since the 2018–19 season (${mon(ob2.start)}), having joined its viola section in ${month(ob1.start)} and played four seasons there until ${month(ob1.end!)}.</p>
  <p>He began his professional life with a one-season contract as ${esc(lso.title)} in the ${esc(lso.company)} (${esc(lso.when!)}, ${mon(lso.start)} – ${mon(lso.end!)}), followed by a year of freelancing and auditions.</p>
  <p>Since ${month(kcm.start)} he has also taught as ${esc(kcm.title)} at the ${esc(kcm.company)}, and in ${esc(fest.when!)} he was ${esc(fest.title)} at the ${esc(fest.company)}.</p>
  <p>He is a keen advocate of Baroque performance practice and prepares new editions of chamber parts in Sibelius.</p>
  <div class="list"><b>At a glance</b>${[...p.jobs].sort((a, b) => b.start.localeCompare(a.start)).map((j) => `<div>${range(j, mmyyyy, '–', 'now')} · ${esc(j.title)} · ${esc(j.company)}</div>`).join('')}</div></div></div>`;
  return page(css, body);
}

/** Freelancer-marketplace profile print (PeoplePerHour/Malt-type): left card with rate, availability, skills; right "About", "Work history" (jobs) and reviews. */
export function marketProfile(p: Person): string {
  const rate = p.id === 'p07' ? 'R450 / hour' : p.id === 'p13' ? 'S$140 / hour' : '£0.11 / word · £45 / hour';
  const css = `body{font:9.5pt/1.45 ${SANS};color:#222} .nav{background:#1c2b39;color:#fff;padding:5px 10px;display:flex;justify-content:space-between;font-size:9pt}
  .wrap{display:flex;gap:12px;margin-top:10px} .l{width:62mm;flex:none;border:1px solid #dde3e8;border-radius:6px;padding:10px} .r{flex:1}
  .av{width:54px;height:54px;border-radius:50%;background:#3aa17e;color:#fff;font:700 20pt ${SANS};display:flex;align-items:center;justify-content:center}
  h1{font:700 15pt ${SANS};margin:6px 0 0} .chip{display:inline-block;border:1px solid #3aa17e;color:#1f6b52;border-radius:10px;padding:0 7px;margin:2px 2px 0 0;font-size:8.5pt}
  h2{font:700 11pt ${SANS};margin:10px 0 4px} .job{border-bottom:1px solid #eee;padding:4px 0} .m{color:#666;font-size:8.5pt} .rev{background:#f6f8f9;padding:6px;border-radius:4px;margin-bottom:4px;font-size:9pt}`;
  const init = (p.alt ?? p.name).split(' ').map((x) => x[0]).slice(0, 2).join('');
  const b = p.breaks[0];
  const body = `<div class="nav"><span>freelancehub · Profile</span><span>Hire · Message</span></div>
  <div class="wrap"><div class="l"><div class="av">${init}</div><h1>${esc(p.name)}</h1><div>${esc(p.alt ?? '')}</div><div class="m">${esc(p.headline)}</div>
  <div style="margin-top:6px"><b>${rate}</b><br>Availability: 2–3 days a week<br>${esc(p.city)}</div>
  <h2>Contact</h2>Mobile ${p.phoneLocal}<br>${p.email}
  <h2>Skills</h2>${p.skills.map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
  <h2>Languages</h2>${p.languages.map(esc).join('<br>')}<h2>Verified</h2>${p.certs.map(esc).join('<br>')}</div>
  <div class="r"><h2>About</h2><div>${esc(p.summary)}</div>
  <h2>Work history</h2>${newest(p).map((j) => `<div class="job"><b>${esc(j.title)}</b> · ${esc(j.company)}<div class="m">${j.when ? esc(j.when) + ' · ' : ''}${mon(j.start)} – ${j.end ? mon(j.end) : 'Present'} · ${tenure(j.start, j.end)}${j.note ? ' · ' + esc(j.note) : ''}</div><div>${esc(j.bullets.join(' '))}</div></div>`).join('')}
  ${b ? `<div class="job m">Career break · ${mon(b.start)} – ${mon(b.end)} · ${esc(b.text)}</div>` : ''}
  <h2>Education</h2>${p.edu.map((e) => `<div>${esc(e.degree)} · ${esc(e.school)} · ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</div>`).join('')}
  <h2>Client reviews (4.9 ★)</h2><div class="rev">“Quick, precise and easy to work with.” — repeat client, Oct 2026</div><div class="rev">“Would book again.” — Aug 2026</div></div></div>`;
  return page(css, body);
}

/** 猪八戒-type freelance service shop page printed: shop banner, left shop card (店铺等级, 好评率, 联系方式), right 服务商简介 with 从业经历 and 案例. */
export function zbjShop(p: Person): string {
  const css = `body{font:9.5pt/1.5 ${SANS}} .ban{background:linear-gradient(90deg,#ff6a00,#ffa24c);color:#fff;padding:10px 14px;border-radius:4px} .ban h1{margin:0;font:700 18pt ${SANS}}
  .wrap{display:grid;grid-template-columns:60mm 1fr;gap:10px;margin-top:10px} .l{border:1px solid #f0d2bc;padding:8px;background:#fffaf5} h2{font:700 10.5pt ${SANS};border-bottom:2px solid #ff6a00;margin:10px 0 4px;padding-bottom:2px}
  .kv div{margin-bottom:2px} .tag{display:inline-block;background:#fff0e3;color:#c24e00;padding:0 6px;margin:2px 2px 0 0;border-radius:3px} .case{display:grid;grid-template-columns:repeat(3,1fr);gap:6px}
  .case div{height:22mm;background:#f3e6da;border-radius:3px;display:flex;align-items:flex-end;padding:3px;font-size:8pt;color:#7a4a20} .j{margin-bottom:5px}`;
  const body = `<div class="ban"><h1>一帆视觉设计工作室</h1>主理人：${esc(p.name)}　|　品牌VI · 包装 · 插画　|　店铺等级：钻石</div>
  <div class="wrap"><div class="l kv"><h2>服务商信息</h2><div>主理人：${esc(p.name)}</div><div>所在地：${esc(p.city)}</div><div>手机：${p.phoneLocal}</div><div>邮箱：${p.email}</div><div>工作室座机：${esc(p.other!.replace('工作室座机 ', ''))}</div>
  <h2>交易数据</h2><div>近一年成交：86 单</div><div>好评率：99.2%</div><div>平均响应：15 分钟</div>
  <h2>擅长技能</h2>${p.skills.map((s) => `<span class="tag">${esc(s)}</span>`).join('')}<h2>资质</h2>${p.certs.map(esc).join('<br>')}<h2>语言</h2>${p.languages.map(esc).join('、')}</div>
  <div><h2>服务商简介</h2><div>${esc(p.summary)}</div><h2>从业经历</h2>${newest(p).map((j) => `<div class="j"><b>${dot(j.start)} ~ ${j.end ? dot(j.end) : '至今'}</b>　${esc(j.company)}　·　${esc(j.title)}${j.note ? `（${esc(j.note)}）` : ''}<br>${j.bullets.map(esc).join('；')}</div>`).join('')}
  <h2>教育背景</h2>${p.edu.map((e) => `<div>${esc(e.school)}　${esc(e.degree)}　${e.start.slice(0, 4)}—${e.end.slice(0, 4)}</div>`).join('')}
  <h2>精选案例</h2><div class="case"><div>山茶记 · 品牌VI</div><div>精酿 · 罐装包装</div><div>民宿 · 导视系统</div></div></div></div>`;
  return page(css, body, 'zh');
}

/** Behance-type creative profile printed: left profile column (avatar, name, location, tools, links), right "Work Experience" entries with bilingual name line. */
export function behanceProfile(p: Person): string {
  const css = `body{font:9.5pt/1.45 ${SANS};color:#191919} .cover{height:20mm;background:linear-gradient(120deg,#0057ff,#7b2cff);border-radius:4px}
  .wrap{display:grid;grid-template-columns:60mm 1fr;gap:12px;margin-top:-10mm} .l{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:10px;text-align:center}
  .av{width:60px;height:60px;margin:0 auto;border-radius:50%;background:#222;color:#fff;font:700 18pt ${SANS};display:flex;align-items:center;justify-content:center} h1{font:700 15pt ${SANS};margin:6px 0 0}
  .l .s{text-align:left;margin-top:8px} .l h3{font:700 8pt ${SANS};text-transform:uppercase;color:#707070;margin:8px 0 2px} .btn{background:#0057ff;color:#fff;border-radius:14px;padding:3px 0;margin:6px 0;font-weight:700}
  .r{padding-top:12mm} h2{font:700 12pt ${SANS};margin:6px 0} .j{display:flex;gap:8px;border-bottom:1px solid #eee;padding:5px 0} .logo{width:26px;height:26px;background:#eee;border-radius:4px;flex:none;font-size:8pt;display:flex;align-items:center;justify-content:center;color:#888}`;
  const b = p.breaks[0];
  const body = `<div class="cover"></div><div class="wrap"><div class="l"><div class="av">KW</div><h1>${esc(p.name)}</h1><div>${esc(p.alt!)}</div><div style="color:#707070">${esc(p.headline)}</div><div style="color:#707070">${esc(p.city)}</div>
  <div class="btn">Hire ${esc(p.alt!.split(' ')[0])}</div><div class="s"><h3>Contact</h3>${p.email}<br>${p.phoneLocal} (mobile)<h3>Tools</h3>${p.skills.map(esc).join(' · ')}
  <h3>Languages</h3>${p.languages.map(esc).join('<br>')}<h3>Education</h3>${p.edu.map((e) => `${esc(e.degree)}<br>${esc(e.school)}, ${e.end.slice(0, 4)}`).join('')}</div></div>
  <div class="r"><h2>About</h2><div>${esc(p.summary)}</div><h2>Work Experience</h2>
  ${newest(p).map((j) => `<div class="j"><div class="logo">${esc(j.company.slice(0, 2))}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)}${j.city ? ' · ' + esc(j.city) : ''}<br><span style="color:#707070">${month(j.start)} – ${j.end ? month(j.end) : 'Present'}${j.note ? ' · ' + esc(j.note) : ''}</span><div>${j.bullets.map(esc).join(' ')}</div></div></div>`).join('')}
  <div class="j" style="color:#707070"><div class="logo">—</div><div>${month(b.start)} – ${month(b.end)}: ${esc(b.text)}</div></div>
  <div style="color:#999;font-size:8pt;margin-top:8px">behance.net/karmenwongmotion · Member since 2014 · Project views 48,210</div></div></div>`;
  return page(css, body);
}

void iso; void monOnly;
