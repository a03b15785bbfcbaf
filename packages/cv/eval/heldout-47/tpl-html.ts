/** heldout-47 — the HTML templates printed by Chromium. Each returns a complete HTML document. */
import { printed, type Job, type Person } from './people.ts';
import { MON, MONTHS, avatarSvg, dotted, durEn, esc, m, mmYYYY, monY, monthY, newest, nian, pad, slash, y } from './util.ts';

const SANS = `"Helvetica Neue", Arial, "Liberation Sans", "WenQuanYi Zen Hei", sans-serif`;
const SERIF = `Georgia, "Times New Roman", "Liberation Serif", "WenQuanYi Zen Hei", serif`;
const CJK = `"PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif`;
const MONO = `"JetBrains Mono", Consolas, "DejaVu Sans Mono", "Liberation Mono", "WenQuanYi Zen Hei Mono", monospace`;

const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}${css}</style></head><body>${body}</body></html>`;
const skillList = (p: Person) => p.skills.map(printed);

// ─────────────────────────────────────────────────────────────────────────────
// D. interlinear — bilingual CV written line by line: each Chinese line followed by its English gloss (HK / Macau /
// Singapore habit for bilingual employers). Employer names are printed once, never glossed.
export function interlinear(p: Person): string {
  const css = `body{font-family:${CJK};font-size:10.2pt;color:#222;line-height:1.35}
  .en{font-family:${SERIF};font-style:italic;color:#6b6b6b;font-size:8.6pt;margin:0 0 3px}
  h1{font-size:21pt;margin:0;letter-spacing:2px;font-weight:700}
  .head{border-bottom:2px solid #8a1c1c;padding-bottom:6px;margin-bottom:8px}
  .contact{margin-top:4px;font-size:9.4pt}
  h2{page-break-after:avoid;font-size:11.5pt;margin:12px 0 0;color:#8a1c1c;border-bottom:1px solid #e2c9c9}
  h2 + .en{margin-bottom:5px}
  .job{margin:6px 0 8px;page-break-inside:avoid}
  .co{font-weight:700}
  .line{margin:1px 0 0}
  ul{margin:2px 0 0 16px;padding:0}
  li{margin:0}
  .skills{margin-top:4px}
  .skills span{display:inline-block;margin:0 10px 3px 0;padding:0 0 0 9px;position:relative}
  .skills span:before{content:'▪';position:absolute;left:0;color:#8a1c1c}
  table.edu td{vertical-align:top;padding:1px 10px 1px 0}`;
  const ymZh = (s: string | null) => (s ? nian(s) : '至今');
  const ymEn = (s: string | null) => (s ? monY(s) : 'present');
  const jobs = newest(p)
    .map(
      (j) => `<div class="job"><div class="co">${esc(j.company)}</div>
  <div class="line">${ymZh(j.start)} — ${ymZh(j.end)}　${esc(j.title)}　${esc(j.city)}</div>
  <div class="en">${ymEn(j.start)} – ${ymEn(j.end)} · ${esc(j.titleEn ?? j.title)} · ${esc(j.cityEn ?? j.city)}</div>
  <ul>${j.bullets.map((b, i) => `<li>${esc(b)}<div class="en">${esc(j.bulletsEn?.[i] ?? '')}</div></li>`).join('')}</ul></div>`,
    )
    .join('');
  const edu = p.education
    .map((e) => `<tr><td>${dotted(e.start)} — ${dotted(e.end)}</td><td>${esc(e.school)}<div class="en">${esc(e.schoolEn ?? '')}</div></td><td>${esc(e.degree)}<div class="en">${esc(e.degreeEn ?? '')}</div></td></tr>`)
    .join('');
  const gaps = (p.gaps ?? []).map((g) => `<div class="line">${g.start === g.end ? nian(g.start) : `${nian(g.start)} — ${nian(g.end)}`}　${esc(g.text)}</div><div class="en">${g.start === g.end ? monY(g.start) : `${monY(g.start)} – ${monY(g.end)}`} · ${esc(g.textEn ?? '')}</div>`).join('');
  const body = `<div class="head"><h1>${esc(p.name)}</h1><div class="en" style="font-size:10pt">${esc(p.latinName ?? '')}</div>
  <div class="line" style="font-weight:600">${esc(p.headline.split(' ')[0])}</div><div class="en">${esc(p.headline.split(' ').slice(1).join(' '))}</div>
  <div class="contact">手机：${esc(p.phoneLocal)}（${p.phone.startsWith('+86') ? '微信同号' : '可 WhatsApp'}）　电邮：${esc(p.email)}　现居：${esc(p.city)}</div>
  <div class="en">Mobile ${esc(p.phone.replace(/^(\+\d\d)(\d+)/, '$1 $2'))} · E-mail as above · Based in ${esc(p.cityEn ?? p.city)}</div></div>
  <h2>个人简介</h2><div class="en">Profile</div><div class="line">${esc(p.summary)}</div><div class="en">${esc(p.summaryEn ?? '')}</div>
  <h2>工作经历</h2><div class="en">Employment</div>${jobs}${gaps ? `<div class="job">${gaps}</div>` : ''}
  <h2>专业技能</h2><div class="en">Skills</div><div class="skills">${skillList(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>教育背景</h2><div class="en">Education</div><table class="edu">${edu}</table>
  <h2>语言及证书</h2><div class="en">Languages and certificates</div><div class="line">${p.languages.map(esc).join('；')}</div><div class="line">${p.certs.map(esc).join('；')}</div>`;
  return page(css, body, 'zh');
}

// ─────────────────────────────────────────────────────────────────────────────
// I. code-editor — a developer's "résumé as code": resume.ts shown in a dark VS Code-like editor and printed from
// the browser (line-number gutter, syntax colours, tab bar, status bar).
export function codeEditor(p: Person): string {
  const k = (s: string) => `<span class="k">${s}</span>`;
  const s = (t: string) => `<span class="s">"${esc(t)}"</span>`;
  const c = (t: string) => `<span class="c">${esc(t)}</span>`;
  const pr = (t: string) => `<span class="p">${t}</span>`;
  const lines: string[] = [
    c('/**'),
    c(` * resume.ts — ${p.name} (${p.facts.pronouns})`),
    c(` * ${p.headline} · ${p.city}`),
    c(' * Last updated: 2026-11-14 · also at https://' + p.facts.site),
    c(' */'),
    '',
    `${k('type')} Role = { company: ${k('string')}; title: ${k('string')}; where: ${k('string')}; from: ${k('string')}; to: ${k('string')} | ${s('present')}; did: ${k('string')}[] };`,
    '',
    `${k('export const')} contact = {`,
    `  ${pr('name')}: ${s(p.name)},`,
    `  ${pr('pronouns')}: ${s(p.facts.pronouns)},`,
    `  ${pr('email')}: ${s(p.email)},`,
    `  ${pr('phone')}: ${s('+1 ' + p.phoneLocal)},`,
    `  ${pr('github')}: ${s(p.facts.github)},`,
    `  ${pr('fediverse')}: ${s(p.facts.handle)},`,
    `  ${pr('location')}: ${s(p.city + ' (remote-friendly, US time zones)')},`,
    `} ${k('as const')};`,
    '',
    `${k('export const')} summary =`,
    `  ${s(p.summary.slice(0, 86))} +`,
    `  ${s(p.summary.slice(86))};`,
    '',
    `${k('export const')} skills = [`,
    `  ${skillList(p).slice(0, 4).map(s).join(', ')},`,
    `  ${skillList(p).slice(4).map(s).join(', ')},`,
    `];`,
    '',
    `${k('export const')} experience: Role[] = [`,
  ];
  for (const j of newest(p)) {
    lines.push('  {');
    lines.push(`    ${pr('company')}: ${s(j.company)},`);
    lines.push(`    ${pr('title')}: ${s(j.title)},`);
    lines.push(`    ${pr('where')}: ${s(j.city)},`);
    lines.push(`    ${pr('from')}: ${s(j.start)}, ${pr('to')}: ${s(j.end ?? 'present')},`);
    lines.push(`    ${pr('did')}: [`);
    for (const b of j.bullets) lines.push(`      ${s(b)},`);
    lines.push('    ],');
    lines.push('  },');
  }
  lines.push('];', '');
  lines.push(`${k('export const')} education = [`);
  for (const e of p.education) lines.push(`  { ${pr('school')}: ${s(e.school)}, ${pr('degree')}: ${s(e.degree)}, ${pr('from')}: ${s(e.start)}, ${pr('to')}: ${s(e.end)} },`);
  lines.push('];', '');
  lines.push(`${k('export const')} certifications = [${p.certs.map(s).join(', ')}];`);
  lines.push(`${k('export const')} languages = [${p.languages.map(s).join(', ')}];`);
  lines.push('', c('// TODO: add talks (Monitorama 2023, GopherCon lightning talk)'), `${k('export default')} { contact, summary, skills, experience, education };`);
  const css = `body{background:#1e1e1e;color:#d4d4d4;font-family:${MONO};font-size:8.6pt}
  .title{background:#323233;color:#ccc;font-family:${SANS};font-size:8pt;padding:4px 8px;display:flex;gap:6px;align-items:center}
  .dot{width:9px;height:9px;border-radius:50%;display:inline-block}
  .tabs{background:#252526;display:flex;font-family:${SANS};font-size:8pt}
  .tab{padding:5px 12px;color:#969696;border-right:1px solid #1e1e1e}
  .tab.on{background:#1e1e1e;color:#fff;border-top:1px solid #0078d4}
  .crumb{color:#a0a0a0;font-family:${SANS};font-size:7.5pt;padding:3px 10px}
  .l{display:flex;line-height:12.6px;white-space:pre-wrap}
  .n{width:34px;text-align:right;color:#6e7681;padding-right:14px;flex:none;user-select:none}
  .x{flex:1}
  .k{color:#569cd6}.s{color:#ce9178}.c{color:#6a9955}.p{color:#9cdcfe}
  .status{background:#007acc;color:#fff;font-family:${SANS};font-size:7.5pt;padding:3px 10px;display:flex;justify-content:space-between;margin-top:8px}`;
  const body = `<div class="title"><span class="dot" style="background:#ff5f57"></span><span class="dot" style="background:#febc2e"></span><span class="dot" style="background:#28c840"></span>&nbsp; resume.ts — devon-whitaker — Visual Studio Code</div>
  <div class="tabs"><span class="tab on">TS resume.ts</span><span class="tab">README.md</span><span class="tab">package.json</span></div>
  <div class="crumb">src › resume.ts › experience</div>
  ${lines.map((l, i) => `<div class="l"><span class="n">${i + 1}</span><span class="x">${l}</span></div>`).join('\n')}
  <div class="status"><span>⎇ main ✓ 0 ⚠ 0</span><span>Ln ${lines.length}, Col 1 · Spaces: 2 · UTF-8 · LF · TypeScript</span></div>`;
  return page(css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// N. yacht-crew — superyacht crew CV (the one-page photo CV crew agents ask for): photo, particulars grid,
// certificates, a "Yachting Experience" table Dates | Vessel | Size / Type | Position | Cruising, then land-based
// work, skills, captains' references with their numbers.
export function yacht(p: Person): string {
  const css = `body{font-family:${SANS};font-size:8.5pt;color:#1d2a36}
  .top{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid #0e4c6d;padding-bottom:6px}
  h1{margin:0;font-size:24pt;letter-spacing:3px;color:#0e4c6d}
  .pos{font-size:11pt;color:#3a7ca5;margin-top:2px}
  .photo{border:1px solid #9bb;padding:2px;background:#fff}
  table{border-collapse:collapse;width:100%}
  .det td{border:1px solid #c9d6df;padding:2px 6px;vertical-align:top}
  .det td.l{background:#eaf2f7;font-weight:600;width:17%;white-space:nowrap}
  h2{font-size:9.8pt;color:#fff;background:#0e4c6d;padding:2px 7px;margin:7px 0 3px;letter-spacing:1px}
  .exp th{background:#dbe8f0;text-align:left;font-size:8.4pt;padding:3px 5px;border:1px solid #c9d6df}
  .exp td{border:1px solid #c9d6df;padding:2px 5px;vertical-align:top}
  .exp tr.duty td{border-top:none;color:#333;font-size:8.5pt;padding-left:14px}
  .chips span{display:inline-block;border:1px solid #3a7ca5;border-radius:10px;padding:1px 8px;margin:0 4px 4px 0;font-size:8.5pt}
  ul{margin:0;padding-left:14px}`;
  const yachting = newest(p).filter((j) => j.company.startsWith('M/Y'));
  const land = newest(p).filter((j) => !j.company.startsWith('M/Y'));
  const rows = (list: Job[]) =>
    list
      .map(
        (j) => `<tr><td style="white-space:nowrap">${monY(j.start)} – ${j.end ? monY(j.end) : 'Present'}</td><td><b>${esc(j.company)}</b></td><td>${esc(j.extra?.size ?? '')}<br>${esc(j.extra?.type ?? '')}</td><td>${esc(j.title)}</td><td>${esc(j.extra?.area ?? j.city)}</td></tr>
<tr class="duty"><td></td><td colspan="4"><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`,
      )
      .join('');
  const head = (first: string) => `<tr><th style="width:18%">Dates</th><th style="width:22%">${first}</th><th style="width:16%">Size / Type</th><th style="width:20%">Position</th><th>Cruising / Location</th></tr>`;
  const body = `<div class="top"><div><h1>${esc(p.name.toUpperCase())}</h1><div class="pos">${esc(p.headline)}</div>
  <div style="margin-top:6px">☎ ${esc(p.phoneLocal)} (WhatsApp) &nbsp; ✉ ${esc(p.email)}</div><div>⚓ Currently: ${esc(p.city)}</div></div>
  <div class="photo">${avatarSvg(92, '#cfe0ea', '#7f98a8', false)}</div></div>
  <h2>PERSONAL DETAILS</h2>
  <table class="det"><tr><td class="l">Nationality</td><td>${p.facts.nationality}</td><td class="l">Date of birth</td><td>${p.facts.dob}</td></tr>
  <tr><td class="l">Visas</td><td>${p.facts.visas}</td><td class="l">Height</td><td>${p.facts.height}</td></tr>
  <tr><td class="l">Health</td><td colspan="3">${p.facts.health}</td></tr>
  <tr><td class="l">Languages</td><td colspan="3">${p.languages.join(' · ')}</td></tr></table>
  <h2>CERTIFICATES</h2><table class="det">${p.certs.map((c, i) => (i % 2 === 0 ? `<tr><td>✔ ${esc(c)}</td>` : `<td>✔ ${esc(c)}</td></tr>`)).join('')}${p.certs.length % 2 ? '<td></td></tr>' : ''}</table>
  <h2>YACHTING EXPERIENCE</h2><table class="exp">${head('Vessel')}${rows(yachting)}</table>
  <h2>LAND-BASED / COMMERCIAL EXPERIENCE</h2><table class="exp">${head('Employer')}${rows(land)}</table>
  <p style="margin:4px 0 0;color:#555">Dec 2022: ${esc(p.gaps?.[0]?.text ?? '')}</p>
  <h2>SKILLS</h2><div class="chips">${skillList(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>EDUCATION</h2><div>${p.education.map((e) => `${esc(e.degree)} — ${esc(e.school)}, ${esc(e.city ?? '')} (${monY(e.start)} – ${monY(e.end)})`).join('<br>')}</div>
  <h2>REFERENCES</h2><table class="det"><tr><td>${esc(p.facts.ref1)}</td></tr><tr><td>${esc(p.facts.ref2)}</td></tr><tr><td>${esc(p.facts.ref3)}</td></tr></table>`;
  return page(css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// O. notion-db — a Notion page whose experience and education are inline databases shown as table views
// (title property "Role", a date property shown as a range "June 5, 2017 → February 28, 2020", the current job
// shown with its start date only and a ticked "Current" checkbox), printed from the browser.
const DAYS: Record<string, number> = {};
function dayOf(s: string, salt: string, end = false): number {
  const key = s + salt + end;
  if (!DAYS[key]) {
    if (end) {
      const last = new Date(y(s), m(s), 0).getDate();
      DAYS[key] = [last, last, 28, last - 1, 15][(y(s) + m(s) + salt.length) % 5];
    } else DAYS[key] = [1, 3, 5, 1, 10, 15, 2][(y(s) * 7 + m(s) + salt.length) % 7];
  }
  return DAYS[key];
}
export function notionDb(p: Person): string {
  const zh = p.language === 'mixed';
  const fmtDate = (s: string, end = false) => {
    const d = dayOf(s, p.id, end);
    return zh ? `${y(s)}/${pad(m(s))}/${pad(d)}` : `${MONTHS[m(s) - 1]} ${d}, ${y(s)}`;
  };
  const type = (j: Job) => (/intern|co-op|实习/i.test(j.title + (j.titleEn ?? '')) ? ['Internship', '#fdecc8'] : /contract/i.test(j.title) ? ['Contract', '#e3e2e0'] : ['Full-time', '#dbeddb']);
  const css = `body{font-family:ui-sans-serif,-apple-system,"Segoe UI",${SANS};color:#37352f;font-size:9.6pt}
  .cover{height:70px;background:linear-gradient(90deg,#d9e6f2,#f1e4d7)}
  .icon{font-size:40px;margin:-26px 0 0 4px;line-height:1}
  h1{font-size:24pt;margin:6px 0 8px;font-weight:700}
  .callout{background:#f1f1ef;border-radius:4px;padding:9px 12px;display:flex;gap:9px;margin:6px 0 10px}
  h2{font-size:14pt;margin:16px 0 4px;font-weight:600}
  .dbtitle{font-weight:600;font-size:11pt;margin:10px 0 2px;display:flex;gap:14px;align-items:baseline}
  .view{font-size:8.5pt;color:#787774;border-bottom:2px solid #37352f;padding-bottom:2px}
  table{border-collapse:collapse;width:100%;font-size:8.6pt}
  th{color:#787774;font-weight:400;text-align:left;border:1px solid #e9e9e7;border-left:none;padding:4px 6px;white-space:nowrap}
  td{border:1px solid #e9e9e7;border-left:none;padding:5px 6px;vertical-align:top}
  th:last-child,td:last-child{border-right:none}
  .tag{display:inline-block;border-radius:3px;padding:0 5px;margin:0 3px 2px 0;font-size:8pt}
  .cb{display:inline-block;width:12px;height:12px;border-radius:2px;border:1.4px solid #9b9a97;text-align:center;line-height:10px;font-size:9px}
  .cb.on{background:#2383e2;border-color:#2383e2;color:#fff}
  .new{color:#9b9a97;font-size:8.5pt;padding:4px 6px}
  ul{margin:2px 0;padding-left:20px}li{margin:1px 0}
  .cols{display:flex;gap:30px}.cols>div{flex:1}`;
  const tagColors = ['#e8deee', '#d3e5ef', '#fadec9', '#f5e0e9', '#eeeeec'];
  const rows = newest(p)
    .map((j) => {
      const [t, col] = type(j);
      const dates = j.end ? `${fmtDate(j.start)} → ${fmtDate(j.end, true)}` : fmtDate(j.start);
      const tags = (j.bullets.join(' ').match(/Figma|Dovetail|Qualtrics|WCAG|ClickHouse|Kubernetes|gRPC|Go|LLM|Python/g) ?? []).filter((v, i, a) => a.indexOf(v) === i).slice(0, 3);
      return `<tr><td><b>${esc(zh ? `${j.title} ${j.titleEn ?? ''}` : j.title)}</b></td><td>${esc(j.company)}</td><td style="white-space:nowrap">${dates}</td><td><span class="cb ${j.end ? '' : 'on'}">${j.end ? '' : '✓'}</span></td><td><span class="tag" style="background:${col}">${t}</span></td><td>${esc(zh ? j.cityEn ?? j.city : j.city)}</td><td>${tags.map((g, i) => `<span class="tag" style="background:${tagColors[i]}">${g}</span>`).join('')}</td></tr>`;
    })
    .join('');
  const eduRows = p.education
    .map((e) => `<tr><td><b>${esc(e.degreeEn ?? e.degree)}</b></td><td>${esc(e.schoolEn ? `${e.school} ${e.schoolEn}` : e.school)}</td><td style="white-space:nowrap">${fmtDate(e.start)} → ${fmtDate(e.end, true)}</td></tr>`)
    .join('');
  const title = zh ? `${p.name} · ${p.latinName} — CV` : `${p.name} — Résumé`;
  const body = `<div class="cover"></div><div class="icon">${zh ? '⌘' : '◈'}</div><h1>${esc(title)}</h1>
  <div class="callout"><span>✉</span><div>${esc(p.phoneLocal)} · <u>${esc(p.email)}</u> · ${esc(p.cityEn ?? p.city)}${p.facts.linkedin ? ` · ${esc(p.facts.linkedin)}` : ''}${p.facts.github ? ` · ${esc(p.facts.github)}` : ''}${p.facts.wechat ? ` · WeChat: ${esc(p.facts.wechat)}` : ''}</div></div>
  <p>${esc(p.summaryEn ?? p.summary)}</p>${zh ? `<p style="color:#787774">${esc(p.summary)}</p>` : ''}
  <div class="dbtitle">↗ Experience <span class="view">⊞ Table</span><span style="font-size:8.5pt;color:#787774">▦ Timeline</span></div>
  <table><tr><th>Aa Role</th><th>≡ Company</th><th>◷ Dates</th><th>☑ Current</th><th>◉ Type</th><th>≡ Location</th><th>≣ Tags</th></tr>${rows}</table><div class="new">+ New</div>
  ${(p.gaps ?? []).map((g) => `<p style="color:#787774;font-size:8.6pt">❝ ${zh ? `${y(g.start)}/${pad(m(g.start))}` : monthY(g.start)}: ${esc(g.textEn ?? g.text)}</p>`).join('')}
  <div class="cols"><div><h2>Skills</h2><ul>${skillList(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul></div>
  <div><h2>Languages</h2><ul>${p.languages.map((l) => `<li>${esc(l)}</li>`).join('')}</ul><h2>Certifications</h2><ul>${p.certs.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></div></div>
  <div class="dbtitle">↗ Education <span class="view">⊞ Table</span></div>
  <table><tr><th>Aa Degree</th><th>≡ School</th><th>◷ Dates</th></tr>${eduRows}</table>`;
  return page(css, body, zh ? 'zh' : 'en');
}

// ─────────────────────────────────────────────────────────────────────────────
// P. wjx-answer — a job application made through a 问卷星 (wjx-style) questionnaire; the HR's "答卷详情" (answer
// sheet) printed: submission metadata with the IP, questions numbered with their type, a 矩阵填空 grid for the work
// history filled in by hand in the candidate's own date style.
export function wjx(p: Person): string {
  const isHr = p.id === 'p08';
  const title = isHr ? '深圳市澜湾科技有限公司 2026年社会招聘报名表' : '成都蓉城数智科技有限公司 2026年技术岗位社会招聘报名登记';
  const typed = (j: Job, i: number) => {
    if (isHr) return `${y(j.start)}.${m(j.start)}-${j.end ? `${y(j.end)}.${m(j.end)}` : '至今'}`;
    return j.end ? `${nian(j.start)}-${nian(j.end)}` : `${nian(j.start)}至今`;
  };
  const jobs = newest(p);
  const labels = ['最近一段', '第二段', '第三段', '第四段', '第五段'];
  const matrix = labels
    .map((lab, i) => {
      const j = jobs[i];
      return `<tr><td class="rl">${lab}</td>${j ? `<td>${typed(j, i)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(i === 0 ? '（在职）' : isHr ? ['', '个人发展', '公司内部晋升', '个人发展'][i] ?? '' : ['', '寻求更大平台', '内部转正', '职业发展'][i] ?? '')}</td>` : '<td class="empty">(空)</td><td class="empty">(空)</td><td class="empty">(空)</td><td class="empty">(空)</td>'}</tr>`;
    })
    .join('');
  const q = (n: number, t: string, kind: string, ans: string) => `<div class="q"><div class="qt">${n}.${t} <span class="kind">【${kind}】</span></div><div class="a">${ans}</div></div>`;
  const css = `body{font-family:${CJK};font-size:9.6pt;color:#333}
  .bar{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #1ea0fa;padding-bottom:5px}
  .logo{color:#1ea0fa;font-weight:700;font-size:15pt}.logo small{font-size:8pt;color:#999;font-weight:400;margin-left:6px}
  h1{text-align:center;font-size:14pt;margin:10px 0 4px}
  .sub{text-align:center;color:#888;font-size:8.5pt;margin-bottom:8px}
  table.meta{width:100%;border-collapse:collapse;font-size:8.6pt;margin-bottom:8px}
  table.meta td{border:1px solid #e3e8ee;padding:4px 6px}table.meta td.k{background:#f5f8fb;color:#666;width:13%}
  .q{border-bottom:1px dashed #e1e1e1;padding:5px 0}
  .qt{font-weight:600}.kind{color:#999;font-weight:400;font-size:8pt}
  .a{margin:3px 0 0 14px;color:#1b5fa8}
  table.mx{border-collapse:collapse;width:100%;margin-top:3px;font-size:8.8pt}
  table.mx th{background:#f2f6fa;border:1px solid #dde4eb;padding:3px;font-weight:600;color:#555}
  table.mx td{border:1px solid #dde4eb;padding:3px 5px;color:#1b5fa8}
  td.rl{color:#555!important;background:#fafbfc;white-space:nowrap}td.empty{color:#bbb!important}
  .opt{display:inline-block;margin-right:14px;color:#666}.opt.on{color:#1b5fa8;font-weight:600}
  .foot{color:#aaa;font-size:8pt;text-align:center;margin-top:10px}`;
  const opts = (all: string[], on: string) => all.map((o) => `<span class="opt ${o === on ? 'on' : ''}">${o === on ? '●' : '○'} ${o}</span>`).join('');
  const body = `<div class="bar"><div class="logo">问卷星<small>wjx · 答卷详情</small></div><div style="font-size:8.5pt;color:#888">打印时间：2026-11-19 09:42</div></div>
  <h1>${title}</h1><div class="sub">请如实填写，所填信息仅用于本次招聘。</div>
  <table class="meta"><tr><td class="k">序号</td><td>${isHr ? 57 : 132}</td><td class="k">提交答卷时间</td><td>${isHr ? '2026/11/18 21:07:33' : '2026/11/17 23:41:05'}</td><td class="k">所用时间</td><td>${isHr ? '612秒' : '438秒'}</td></tr>
  <tr><td class="k">来源</td><td>微信</td><td class="k">来源详情</td><td>直接访问</td><td class="k">来自IP</td><td>${isHr ? '113.88.214.37(广东-深圳)' : '171.217.90.6(四川-成都)'}</td></tr></table>
  ${q(1, '姓名', '填空题', esc(p.name))}
  ${q(2, '性别', '单选题', opts(['男', '女'], p.facts.gender))}
  ${q(3, '出生年月', '填空题', p.facts.birthYm)}
  ${q(4, '手机号码', '填空题', p.phone.replace('+86', ''))}
  ${q(5, '电子邮箱', '填空题', esc(p.email))}
  ${q(6, '最高学历', '单选题', opts(['大专', '本科', '硕士研究生', '博士研究生'], '本科'))}
  ${q(7, '毕业院校及专业', '填空题', `${esc(p.education[0].school)}　${esc(p.education[0].degree)}（${y(p.education[0].end)}年毕业）`)}
  ${q(8, '应聘岗位', '单选题', isHr ? opts(['人力资源经理', '招聘主管', '行政主管'], '人力资源经理') : opts(['Java 高级开发', '后端技术经理', '测试开发'], '后端技术经理'))}
  <div class="q"><div class="qt">9.工作经历（请从最近一段开始填写，实习也请填写） <span class="kind">【矩阵填空题】</span></div>
  <table class="mx"><tr><th></th><th>起止时间</th><th>单位名称</th><th>职务</th><th>离职原因</th></tr>${matrix}</table></div>
  ${q(10, '主要工作业绩（200字以内）', '多行填空题', esc(jobs[0].bullets.join('') + jobs[1].bullets[0]))}
  ${q(11, '专业技能（多个请用顿号隔开）', '填空题', skillList(p).map(esc).join('、'))}
  ${q(12, '职业资格证书', '填空题', p.certs.map(esc).join('；'))}
  ${q(13, '期望月薪（税前）', '单选题', opts(['10K以下', '10K-15K', '15K-20K', '20K-30K', '30K以上'], isHr ? '20K-30K' : '30K以上'))}
  ${q(14, '您是通过什么渠道了解到本次招聘？', '单选题', isHr ? '内部推荐（请填写推荐人姓名及电话）：张敏 13510 284 906' : '招聘网站（BOSS直聘）')}
  ${q(15, '本人承诺', '多选题', '☑ 本人承诺以上所填信息真实有效，如有虚假愿承担相应责任')}
  <div class="foot">本报告由问卷星生成 · 第 1 份 / 共 1 份</div>`;
  return page(css, body, 'zh');
}

// ─────────────────────────────────────────────────────────────────────────────
// Q. webmail-print — the recruiter's webmail "Print all" of an application e-mail whose body is the candidate's Word
// table CV pasted into the message (Gmail in English, Gmail in 繁體中文, QQ邮箱 in 简体). The account owner (the
// recruiter) is printed at the top right; the candidate only in the From line and the pasted CV.
export function webmail(p: Person): string {
  const v = p.id === 'p01' ? 'gmail-en' : p.id === 'p11' ? 'gmail-tw' : 'qq';
  const tw = v === 'gmail-tw';
  const zh = v !== 'gmail-en';
  const css = `body{font-family:${v === 'qq' ? CJK : `Arial, "Liberation Sans", ${CJK}`};font-size:9.6pt;color:#222}
  .gh{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #ccc;padding-bottom:6px}
  .glogo{font-family:Arial,"Liberation Sans";font-size:17pt;color:#5f6368;display:flex;align-items:center;gap:6px}
  .subj{font-size:12.5pt;font-weight:700;margin:10px 0 2px}.cnt{font-size:8.6pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:6px}
  .from{display:flex;justify-content:space-between;margin-top:8px}.to{font-size:8.8pt;color:#444}
  .msg{margin-top:12px;line-height:1.4}
  table.cv{border-collapse:collapse;width:100%;font-family:${zh ? CJK : `Calibri, Carlito, "Liberation Sans"`};font-size:${zh ? '9pt' : '9.4pt'};margin:8px 0}
  table.cv td,table.cv th{border:1px solid #7f7f7f;padding:3px 5px;vertical-align:top}
  table.cv th,table.cv td.h{background:#d9d9d9;font-weight:700;text-align:left}
  table.cv td.sec{background:#1f3864;color:#fff;font-weight:700;letter-spacing:1px}
  .qqh{background:#f0f4f9;border:1px solid #d7e0ea;padding:8px 10px;font-size:9pt;line-height:1.7}
  .qqlogo{font-size:15pt;font-weight:700;color:#1a6fc9}
  ul{margin:0;padding-left:14px}`;
  const jobs = newest(p);
  let header = '';
  if (v === 'qq') {
    header = `<div class="gh"><div class="qqlogo">QQ邮箱 <span style="font-size:9pt;color:#888;font-weight:400">| 打印邮件</span></div><div style="font-size:8.6pt;color:#666">陈小姐&lt;hr@lanjing-brand.cn&gt;</div></div>
    <div class="qqh" style="margin-top:8px"><b style="font-size:11.5pt">应聘电商运营经理-周雨萱-10年经验</b><br>发件人：<b>周雨萱</b>&lt;${p.email}&gt;<br>时　间：2026年11月17日(星期二) 晚上9:23<br>收件人：“陈小姐”&lt;${p.facts.hrEmail}&gt;<br>附　件：1 个 (周雨萱-电商运营经理简历.pdf)</div>`;
  } else {
    const owner = tw ? `${p.facts.hrName} &lt;${p.facts.hrEmail}&gt;` : `${p.facts.recruiter} &lt;${p.facts.recruiterEmail}&gt;`;
    const subject = tw ? '應徵 機構工程師（職缺編號 ME-2611）－黃柏翰' : 'Application – Senior Metallurgist, Pilbara operations (Ref. RS-2611) – Catalina Fuentes Ríos';
    header = `<div class="gh"><div class="glogo"><svg width="26" height="20" viewBox="0 0 26 20"><path d="M1 3v15h5V8l7 5 7-5v10h5V3l-2-2-10 7L3 1z" fill="#ea4335"/></svg>Gmail</div><div style="font-size:9pt"><b>${owner.split(' &lt;')[0]}</b> &lt;${owner.split('&lt;')[1]}</div></div>
    <div class="subj">${esc(subject)}</div><div class="cnt">${tw ? '1 封郵件' : '1 message'}</div>
    <div class="from"><div><b>${esc(p.name)}</b> &lt;${p.email}&gt;</div><div style="font-size:8.8pt">${tw ? '2026年11月17日 週二 上午10:05' : 'Mon, Nov 16, 2026 at 9:14 PM'}</div></div>
    <div class="to">${tw ? `收件者: ${p.facts.hrEmail}` : `To: ${p.facts.recruiter} &lt;${p.facts.recruiterEmail}&gt;`}</div>`;
  }
  let cv = '';
  if (v === 'gmail-en') {
    cv = `<p>Dear Hugh,</p><p>Thank you for the call on Friday. As requested, my CV is pasted below (the Word file is attached as well). I am available for a video interview any weekday after 18:00 Chile time (UTC−3).</p>
    <table class="cv"><tr><td class="sec" colspan="4">CURRICULUM VITAE — ${esc(p.name.toUpperCase())}</td></tr>
    <tr><td class="h">Mobile</td><td>${p.phoneLocal}</td><td class="h">E-mail</td><td>${p.email}</td></tr>
    <tr><td class="h">Location</td><td>${p.facts.address}</td><td class="h">Nationality</td><td>${p.facts.nationality}</td></tr>
    <tr><td class="h">Notice</td><td>${p.facts.availability}</td><td class="h">Landline</td><td>${p.facts.landline}</td></tr>
    <tr><td class="sec" colspan="4">WORK EXPERIENCE</td></tr><tr><th style="width:19%">Period</th><th style="width:25%">Company</th><th style="width:19%">Position</th><th>Main responsibilities</th></tr>
    ${jobs.map((j) => `<tr><td>${monY(j.start)} – ${j.end ? monY(j.end) : 'to date'}</td><td>${esc(j.company)}<br><i>${esc(j.city)}</i></td><td>${esc(j.title)}</td><td><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`).join('')}
    <tr><td class="sec" colspan="4">EDUCATION</td></tr>${p.education.map((e) => `<tr><td>${y(e.start)} – ${y(e.end)}</td><td colspan="2">${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}
    <tr><td class="sec" colspan="4">TECHNICAL SKILLS</td></tr><tr><td colspan="4">${skillList(p).map(esc).join(' • ')}</td></tr>
    <tr><td class="sec" colspan="4">LANGUAGES &amp; CERTIFICATES</td></tr><tr><td colspan="2">${p.languages.join('<br>')}</td><td colspan="2">${p.certs.join('<br>')}</td></tr></table>
    <p>Kind regards,<br>Catalina<br>--<br>Catalina Fuentes Ríos · Plant Metallurgy Superintendent<br>M: ${p.phoneLocal}</p>`;
  } else if (v === 'gmail-tw') {
    cv = `<p>徐小姐您好：</p><p>我是黃柏翰，在 104 看到貴公司機構工程師職缺，以下貼上我的履歷（附件為 PDF 版），再麻煩您參考，謝謝！</p>
    <table class="cv"><tr><td class="sec" colspan="4">個人履歷</td></tr>
    <tr><td class="h">姓名</td><td>${p.name}</td><td class="h">性別／出生</td><td>${p.facts.gender}／${p.facts.born}</td></tr>
    <tr><td class="h">手機</td><td>${p.phoneLocal}</td><td class="h">市話</td><td>${p.facts.landline}</td></tr>
    <tr><td class="h">E-mail</td><td>${p.email}</td><td class="h">兵役</td><td>${p.facts.military}</td></tr>
    <tr><td class="h">通訊地址</td><td colspan="3">${p.facts.address}</td></tr>
    <tr><td class="sec" colspan="4">工作經歷</td></tr><tr><th style="width:20%">任職期間</th><th style="width:27%">公司名稱</th><th style="width:16%">職稱</th><th>工作內容</th></tr>
    ${jobs.map((j) => `<tr><td>${slash(j.start)}～${j.end ? slash(j.end) : '現在'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join('<br>')}</td></tr>`).join('')}
    <tr><td class="sec" colspan="4">學歷</td></tr>${p.education.map((e) => `<tr><td>${slash(e.start)}～${slash(e.end)}</td><td colspan="2">${esc(e.school)}</td><td>${esc(e.degree)}（畢業）</td></tr>`).join('')}
    <tr><td class="sec" colspan="4">專長技能</td></tr><tr><td colspan="4">${skillList(p).map(esc).join('、')}</td></tr>
    <tr><td class="h">語言</td><td colspan="3">${p.languages.join('、')}</td></tr><tr><td class="h">證照</td><td colspan="3">${p.certs.join('、')}</td></tr></table>
    <p>敬祝 順心<br>黃柏翰 敬上<br>${p.phoneLocal}</p>`;
  } else {
    cv = `<p>陈小姐您好：</p><p>我在 BOSS 直聘上看到贵司电商运营经理的岗位，简历如下（附件也有一份 PDF），期待您的回复！</p>
    <table class="cv"><tr><td class="sec" colspan="4">个人简历</td></tr>
    <tr><td class="h">姓　　名</td><td>${p.name}</td><td class="h">性　　别</td><td>${p.facts.gender}</td></tr>
    <tr><td class="h">出生年月</td><td>${p.facts.born}</td><td class="h">籍　　贯</td><td>${p.facts.hometown}</td></tr>
    <tr><td class="h">联系电话</td><td>${p.phoneLocal}</td><td class="h">电子邮箱</td><td>${p.email}</td></tr>
    <tr><td class="h">求职意向</td><td colspan="3">电商运营经理 / 电商总监（杭州）</td></tr>
    <tr><td class="sec" colspan="4">工作经历</td></tr><tr><th style="width:21%">时间</th><th style="width:28%">公司</th><th style="width:15%">职位</th><th>工作内容</th></tr>
    ${jobs.map((j) => `<tr><td>${dotted(j.start)}-${j.end ? dotted(j.end) : '至今'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join('<br>')}</td></tr>`).join('')}
    <tr><td class="sec" colspan="4">教育背景</td></tr>${p.education.map((e) => `<tr><td>${dotted(e.start)}-${dotted(e.end)}</td><td colspan="2">${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}
    <tr><td class="sec" colspan="4">专业技能</td></tr><tr><td colspan="4">${skillList(p).map(esc).join('；')}</td></tr>
    <tr><td class="h">证　　书</td><td colspan="3">${p.certs.join('；')}；${p.languages.join('；')}</td></tr></table>
    <p>祝好！<br>周雨萱<br>${p.phoneLocal}</p>`;
  }
  return page(css, `${header}<div class="msg">${cv}</div>`, zh ? 'zh' : 'en');
}

// ─────────────────────────────────────────────────────────────────────────────
// R. coach-cv — football coaching CV (the kind clubs and federations receive): licence badges in the header,
// a Coaching Career table Period | Seasons | Club | Role | Level with achievements in a row beneath, licences table,
// skills table, playing background, referees with their mobiles.
export function coach(p: Person): string {
  const css = `body{font-family:${SANS};font-size:9.2pt;color:#1b1b1b}
  .band{background:#0f3d2e;color:#fff;padding:10px 14px;display:flex;justify-content:space-between;align-items:center}
  h1{margin:0;font-size:22pt;letter-spacing:2px}.role{color:#f2c94c;font-size:10.5pt;margin-top:2px}
  .badges span{display:inline-block;border:1.5px solid #f2c94c;color:#f2c94c;border-radius:50%;width:60px;height:60px;text-align:center;font-size:7.5pt;font-weight:700;line-height:1.1;padding-top:12px;margin-left:6px}
  table{border-collapse:collapse;width:100%}
  .info td{border:1px solid #cfd8d3;padding:3px 6px}.info td.l{background:#eef4f1;font-weight:700;width:16%}
  h2{page-break-after:avoid;font-size:10.5pt;margin:11px 0 4px;color:#0f3d2e;border-bottom:2px solid #0f3d2e;letter-spacing:1px}
  .car th{background:#0f3d2e;color:#fff;text-align:left;padding:3px 5px;font-size:8.4pt}
  .car td{border:1px solid #cfd8d3;padding:3px 5px;vertical-align:top}
  .car tr.ach td{background:#fafcfb;font-size:8.5pt;color:#333;border-top:none}
  .sk td{border:1px solid #cfd8d3;padding:3px 6px;width:50%}`;
  const rows = newest(p)
    .map((j) => `<tr><td style="white-space:nowrap">${mmYYYY(j.start)} – ${j.end ? mmYYYY(j.end) : 'present'}</td><td>${esc(j.extra?.seasons ?? '')}</td><td><b>${esc(j.company)}</b><br>${esc(j.city)}</td><td>${esc(j.title)}</td><td>${esc(j.extra?.level ?? '')}</td></tr><tr class="ach"><td colspan="5">★ ${j.bullets.map(esc).join(' ★ ')}</td></tr>`)
    .join('');
  const sk = skillList(p);
  const skRows = Array.from({ length: Math.ceil(sk.length / 2) }, (_, i) => `<tr><td>• ${esc(sk[2 * i])}</td><td>${sk[2 * i + 1] ? '• ' + esc(sk[2 * i + 1]) : ''}</td></tr>`).join('');
  const body = `<div class="band"><div><h1>${esc(p.name.toUpperCase())}</h1><div class="role">${esc(p.headline)}</div></div><div class="badges"><span>CAF<br>A<br>LICENCE</span><span>SAFA<br>B<br>2014</span></div></div>
  <table class="info" style="margin-top:8px"><tr><td class="l">Mobile / WhatsApp</td><td>${p.phoneLocal}</td><td class="l">E-mail</td><td>${p.email}</td></tr>
  <tr><td class="l">Based in</td><td>${p.city}</td><td class="l">Nationality</td><td>${p.facts.nationality} · born ${p.facts.dob}</td></tr>
  <tr><td class="l">Visa status</td><td colspan="3">${p.facts.visa}</td></tr></table>
  <h2>COACHING PHILOSOPHY</h2><div>${esc(p.summary)}</div>
  <h2>COACHING CAREER</h2><table class="car"><tr><th style="width:17%">Period</th><th style="width:13%">Seasons</th><th style="width:25%">Club</th><th style="width:20%">Role</th><th>Level</th></tr>${rows}</table>
  <h2>COACHING LICENCES &amp; COURSES</h2><table class="info">${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>SKILLS &amp; TOOLS</h2><table class="sk">${skRows}</table>
  <h2>PLAYING BACKGROUND</h2><div>${esc(p.facts.playing)}</div>
  <h2>EDUCATION</h2><div>${p.education.map((e) => `${esc(e.degree)}, ${esc(e.school)}, ${esc(e.city ?? '')} — ${monY(e.start)} to ${monY(e.end)}`).join('<br>')}</div>
  <h2>LANGUAGES</h2><div>${p.languages.join(' · ')}</div>
  <h2>REFEREES</h2><div>${esc(p.facts.ref1)}<br>${esc(p.facts.ref2)}</div>`;
  return page(css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// T. sb-resume — a personal site built on the popular free Bootstrap "Resume" theme, printed from the browser: the
// fixed left sidebar (photo + section nav) is position:fixed, so Chrome repeats it on every printed page; the name is
// two spans in capitals with the surname in the accent colour; dates float right of each entry.
export function sbResume(p: Person): string {
  const [first, ...rest] = p.name.split(' ');
  const css = `body{font-family:"Muli",${SANS};font-size:9.6pt;color:#6c757d}
  nav{position:fixed;left:0;top:0;bottom:0;width:44mm;background:#bd5d38;color:#fff;text-align:center;padding-top:16mm}
  nav .ph{width:34mm;height:34mm;border-radius:50%;border:6px solid rgba(255,255,255,.2);overflow:hidden;margin:0 auto 8mm}
  nav a{display:block;color:rgba(255,255,255,.75);text-transform:uppercase;letter-spacing:1.5px;font-weight:800;font-size:8pt;margin:3.2mm 0}
  main{margin-left:50mm}
  h1{font-family:"Saira Extra Condensed",Arial Narrow,"Liberation Sans Narrow",${SANS};font-size:33pt;color:#343a40;margin:0;line-height:1;text-transform:uppercase;font-weight:700}
  h1 .t{color:#bd5d38}
  .sub{text-transform:uppercase;font-weight:600;font-size:8.6pt;margin:6px 0 10px;color:#6c757d}
  .sub a{color:#bd5d38;text-decoration:none}
  .lead{font-size:10pt;line-height:1.45}
  .soc span{display:inline-block;width:22px;height:22px;border-radius:50%;background:#495057;color:#fff;text-align:center;line-height:22px;font-size:8pt;margin-right:5px;font-weight:700}
  hr{border:0;border-top:1px solid #dee2e6;margin:14px 0}
  h2{font-family:"Saira Extra Condensed","Liberation Sans Narrow",${SANS};font-size:20pt;text-transform:uppercase;color:#343a40;margin:0 0 8px}
  .item{display:flex;justify-content:space-between;margin-bottom:11px;page-break-inside:avoid}
  .item h3{font-family:"Saira Extra Condensed","Liberation Sans Narrow",${SANS};font-size:13pt;color:#343a40;margin:0;text-transform:uppercase}
  .item .co{text-transform:uppercase;font-weight:600;font-size:8.8pt;color:#495057;margin-bottom:2px}
  .item .dt{color:#bd5d38;white-space:nowrap;padding-left:10px;font-size:9pt}
  ul.fa{list-style:none;padding:0;margin:0}ul.fa li{margin:2px 0}ul.fa li:before{content:'✔ ';color:#bd5d38}
  .sub2{font-weight:600;text-transform:uppercase;font-size:8.6pt;color:#495057;margin:6px 0 4px}`;
  const item = (h: string, co: string, txt: string, dt: string) => `<div class="item"><div><h3>${h}</h3><div class="co">${co}</div><div>${txt}</div></div><div class="dt">${dt}</div></div>`;
  const jobs = newest(p).map((j) => item(esc(j.title), esc(j.company), j.bullets.map(esc).join(' '), `${monthY(j.start)} - ${j.end ? monthY(j.end) : 'Present'}`)).join('');
  const edu = p.education.map((e) => item(esc(e.school), esc(e.degree), esc(e.city ?? ''), `${monthY(e.start)} - ${monthY(e.end)}`)).join('');
  const interests = p.id === 'p06' ? 'Outside work I sea-swim at Blackrock all year, sing with a sean-nós group and volunteer as treasurer for a local GAA club.' : 'Outside football I mentor young coaches through a township coaching charity, run half-marathons and cook for far too many people on Sundays.';
  const awards = p.id === 'p06' ? ['Irish Email Marketing Awards — Best Lifecycle Programme (2023)', 'Salthill Software “Customer Champion” (2019)'] : ['Gauteng U-19 League — Champions (2016)', 'Academy of the Year finalist, UAE academies forum (2022)'];
  const body = `<nav><div class="ph">${avatarSvg(118, '#e8c9b8', '#9b6a55', false)}</div><a>About</a><a>Experience</a><a>Education</a><a>Skills</a><a>Interests</a><a>Awards</a></nav>
  <main><section><h1>${esc(first)} <span class="t">${esc(rest.join(' '))}</span></h1>
  <div class="sub">${esc(p.city)} · ${esc(p.phoneLocal)} · <a>${esc(p.email)}</a></div>
  <div class="lead">${esc(p.summary)}</div><div class="soc" style="margin-top:8px"><span>in</span><span>X</span><span>ig</span></div></section><hr>
  <section><h2>Experience</h2>${jobs}</section><hr>
  <section><h2>Education</h2>${edu}</section><hr>
  <section><h2>Skills</h2><div class="sub2">Tools &amp; Platforms</div><ul class="fa">${skillList(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <div class="sub2">Languages</div><div>${p.languages.join(' · ')}</div><div class="sub2">Certifications</div><div>${p.certs.join(' · ')}</div></section><hr>
  <section><h2>Interests</h2><p>${interests}</p></section><hr>
  <section><h2>Awards &amp; Certifications</h2><ul class="fa">${awards.map((a) => `<li>${a}</li>`).join('')}</ul></section></main>`;
  return page(css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// U. proginn — the developer's online résumé on a Chinese freelance-developer platform (程序员客栈-style), printed:
// site nav, left profile card (avatar, 日薪, 工作状态, verified badges, contact unlocked), right 工作经历 / 项目经历
// (projects carry their own dates) / 技能 tags / 教育经历.
export function proginn(p: Person): string {
  const css = `body{font-family:${CJK};font-size:9.4pt;color:#333;background:#f4f6f9}
  .nav{background:#fff;border-bottom:1px solid #e5e8ed;padding:6px 10px;display:flex;gap:18px;align-items:center;font-size:9pt;color:#555}
  .nav b{color:#2f7cf6;font-size:12pt}
  .wrap{display:flex;gap:10px;margin-top:10px;align-items:flex-start}
  .side{width:58mm;flex:none;background:#fff;border-radius:6px;padding:12px;text-align:center}
  .side .nm{font-size:15pt;font-weight:700;margin-top:6px}.side .py{color:#999;font-size:8.5pt}
  .side .row{text-align:left;border-top:1px solid #f0f1f3;padding:5px 0;font-size:8.8pt}
  .side .row span{color:#999;display:inline-block;width:54px}
  .badge{display:inline-block;background:#e8f3ff;color:#2f7cf6;border-radius:3px;padding:0 5px;font-size:8pt;margin:2px}
  .main{flex:1}
  .card{background:#fff;border-radius:6px;padding:10px 14px;margin-bottom:10px}
  .card h2{font-size:11pt;margin:0 0 6px;border-left:3px solid #2f7cf6;padding-left:6px}
  .ex{margin-bottom:8px;page-break-inside:avoid}
  .ex .top{display:flex;justify-content:space-between}.ex .co{font-weight:700}.ex .dt{color:#999;font-size:8.6pt}
  .ex .ti{color:#2f7cf6;font-size:8.8pt}
  .tag{display:inline-block;background:#f2f4f7;border-radius:12px;padding:1px 9px;margin:0 5px 5px 0;font-size:8.6pt}
  ul{margin:2px 0 0;padding-left:16px}`;
  const projects = [
    { name: '游戏社区消息中台', role: '负责人', dt: '2023.05-2024.01', co: '成都青禾互娱科技有限公司', desc: '基于 Kafka 的消息推送中台，支撑日均 3 亿条推送。' },
    { name: '“天府通办”数据共享交换接口', role: '核心开发', dt: '2019.03-2020.12', co: '四川蓉数信息技术有限公司', desc: '负责 200+ 政务接口网关与限流熔断。' },
    { name: '私活：连锁餐饮小程序后台（兼职）', role: '独立开发', dt: '2021.06-2021.09', co: '客栈接单', desc: 'Spring Boot + MySQL，已验收上线。' },
  ];
  const body = `<div class="nav"><b>程序员客栈</b><span>找开发者</span><span>发布需求</span><span>远程工作</span><span style="margin-left:auto;color:#999">开发者主页 · 在线简历</span></div>
  <div class="wrap"><div class="side">${avatarSvg(76, '#dfe9f7', '#8fa7c6')}
  <div class="nm">${esc(p.name)}</div><div class="py">（${p.facts.pinyin}）· Java 后端 · ${esc(p.city)}</div>
  <div style="margin:6px 0"><span class="badge">实名认证 ✓</span><span class="badge">手机认证 ✓</span><span class="badge">学历认证 ✓</span></div>
  <div class="row"><span>工作状态</span>在职 · 可兼职/远程</div><div class="row"><span>日薪</span>${p.facts.dayRate}</div>
  <div class="row"><span>经验</span>11 年</div><div class="row"><span>完成项目</span>7 个 · 好评率 100%</div>
  <div class="row"><span>手机</span>${esc(p.phoneLocal)}</div><div class="row"><span>邮箱</span>${esc(p.email)}</div>
  <div class="row"><span>籍贯</span>${esc(p.facts.hometown)}</div><div class="row" style="color:#aaa;font-size:8pt">联系方式已解锁（雇主可见）</div></div>
  <div class="main"><div class="card"><h2>个人介绍</h2>${esc(p.summary)}</div>
  <div class="card"><h2>工作经历</h2>${newest(p).map((j) => `<div class="ex"><div class="top"><span class="co">${esc(j.company)}</span><span class="dt">${dotted(j.start)}-${j.end ? dotted(j.end) : '至今'}</span></div><div class="ti">${esc(j.title)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</div>
  <div class="card"><h2>项目经历</h2>${projects.map((x) => `<div class="ex"><div class="top"><span class="co">${x.name}</span><span class="dt">${x.dt}</span></div><div class="ti">${x.role} · ${x.co}</div><div>${x.desc}</div></div>`).join('')}</div>
  <div class="card"><h2>技能</h2>${skillList(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
  <div class="card"><h2>教育经历</h2>${p.education.map((e) => `<div class="ex"><div class="top"><span class="co">${esc(e.school)}</span><span class="dt">${dotted(e.start)}-${dotted(e.end)}</span></div><div class="ti">${esc(e.degree)}</div></div>`).join('')}
  <div style="margin-top:4px">证书：${p.certs.join('；')}　　语言：${p.languages.join('；')}</div></div></div></div>`;
  return page(css, body, 'zh');
}

// ─────────────────────────────────────────────────────────────────────────────
// V. researchmap — a researcher's profile on researchmap (the Japanese researcher database), English interface,
// printed: left profile column (photo, name in kanji with a space between family and given name, affiliation,
// IDs), right tabs with "Research History" entries "Oct, 2022 - Present", Research Interests, Education, papers.
export function researchmap(p: Person): string {
  const mY = (s: string | null) => (s ? `${MON[m(s) - 1]}, ${y(s)}` : 'Present');
  const css = `body{font-family:Arial,"Liberation Sans","WenQuanYi Zen Hei",sans-serif;font-size:9pt;color:#333}
  .hdr{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #4a8c2a;padding-bottom:4px}
  .logo{font-size:15pt;color:#4a8c2a;font-weight:700;font-family:Georgia,"Liberation Serif"}
  .wrap{display:flex;gap:12px;margin-top:10px}
  .left{width:56mm;flex:none;border:1px solid #dde3d8;padding:8px;background:#fbfcfa}
  .left .k{font-size:7.8pt;color:#777;margin-top:7px}.left .v{font-size:8.8pt}
  .nm{font-size:13pt;font-weight:700;margin-top:6px}.nmj{font-size:11pt}
  .right{flex:1}
  .tabs{display:flex;gap:0;border-bottom:1px solid #ccc;font-size:8.2pt}.tabs span{padding:3px 8px;border:1px solid #ccc;border-bottom:none;background:#f3f3f3;margin-right:2px}.tabs span.on{background:#fff;font-weight:700}
  h3{font-size:10pt;border-left:4px solid #4a8c2a;padding-left:6px;margin:12px 0 5px}
  .hist{display:grid;grid-template-columns:36mm 1fr;row-gap:5px;font-size:8.8pt}
  .hist .d{color:#555;white-space:nowrap}
  .kw span{display:inline-block;background:#eef5e9;border:1px solid #cfe2c3;padding:1px 6px;margin:0 4px 4px 0;border-radius:2px}
  ol{margin:0;padding-left:18px}ol li{margin-bottom:4px}`;
  const hist = newest(p).map((j) => `<div class="d">${mY(j.start)} - ${mY(j.end)}</div><div>${esc(j.company)}, ${esc(j.titleEn ?? j.title)}</div>`).join('');
  const edu = [...p.education].map((e) => `<div class="d">${mY(e.start)} - ${mY(e.end)}</div><div>${esc(e.schoolEn ?? e.school)}${e.schoolEn ? ` (${esc(e.school)})` : ''}, ${esc(e.degreeEn ?? e.degree)}</div>`).join('');
  const body = `<div class="hdr"><span class="logo">researchmap</span><span style="font-size:8pt;color:#666">Researchers · Research History · English | 日本語 &nbsp; Printed 2026/11/20</span></div>
  <div class="wrap"><div class="left">${avatarSvg(90, '#e3ebdc', '#98a98b', false)}
  <div class="nm">WANG Xiaowen</div><div class="nmj">王 晓雯</div>
  <div class="k">Affiliation</div><div class="v">Kaname Electronics Co., Ltd. Central Research Laboratory</div>
  <div class="k">Job title</div><div class="v">Senior Researcher</div>
  <div class="k">Degree</div><div class="v">PhD (Engineering) (Mar, 2016, Kasumigaura University of Science)</div>
  <div class="k">Researcher number</div><div class="v">${p.facts.researcherNo}</div>
  <div class="k">J-GLOBAL ID</div><div class="v">${p.facts.jglobal}</div>
  <div class="k">ORCID ID</div><div class="v">https://orcid.org/${p.facts.orcid}</div>
  <div class="k">Contact</div><div class="v">${esc(p.email)}<br>Mobile ${esc(p.phoneLocal)}<br>Office ${esc(p.facts.office)}</div></div>
  <div class="right"><div class="tabs"><span class="on">Profile Information</span><span>Papers 9</span><span>Presentations 14</span><span>Patents 7</span><span>Awards 2</span></div>
  <h3>Profile</h3><div>${esc(p.summaryEn ?? '')} ${esc(p.summary)} Open to collaboration with universities in Japan and China.</div>
  <h3>Research Interests</h3><div class="kw">${skillList(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h3>Research Areas</h3><div>Nanotechnology/Materials / Inorganic materials and properties / · Nanotechnology/Materials / Energy chemistry /</div>
  <h3>Research History</h3><div class="hist">${hist}</div>
  <h3>Education</h3><div class="hist">${edu}</div>
  <h3>Papers</h3><ol><li>Xiaowen Wang, Kenta Morishita, Aya Hoshino. “Halogen-rich Li₆PS₅Cl₁.₅ electrolytes densified at low pressure.” <i>J. Power Sources</i> 612, 234801 (2025).</li>
  <li>Kenta Morishita, Xiaowen Wang, Takumi Iida. “Interfacial resistance of sulfide electrolytes against Ni-rich cathodes studied by EIS.” <i>Solid State Ionics</i> 398, 116271 (2023).</li>
  <li>Xiaowen Wang, Haruki Sato. “Rietveld analysis of argyrodite electrolytes.” <i>Chem. Mater.</i> 31, 4402 (2019).</li></ol>
  <h3>Languages</h3><div>${p.languages.join(' / ')}</div>
  <h3>Qualifications</h3><div>${p.certs.join(' / ')}</div></div></div>`;
  return page(css, body, 'en');
}

// ─────────────────────────────────────────────────────────────────────────────
// W. tufte — a CV page on a personal site styled with Tufte CSS: off-white page, serif text in a narrow main
// column, dates / towns / asides as margin notes (and numbered sidenotes) in the wide right margin, small-caps
// "newthought" openings.
export function tufte(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body{background:#fffff8;color:#111;font-family:"ETBembo",Palatino,"Palatino Linotype","Book Antiqua",${SERIF};font-size:10.2pt;counter-reset:sn}
  article{width:100%;padding-right:0}
  section{width:60%;}
  h1{font-weight:400;font-size:25pt;margin:0 0 2px;line-height:1.1}
  .subtitle{font-style:italic;font-size:12.5pt;margin:0 0 12px;display:block}
  h2{font-style:italic;font-weight:400;font-size:15pt;margin:16px 0 6px}
  p{margin:0 0 7px;line-height:1.42}
  .newthought{font-variant:small-caps;font-size:1.1em;letter-spacing:.03em}
  .marginnote,.sidenote{float:right;clear:right;margin-right:-66%;width:56%;font-size:8.3pt;line-height:1.3;margin-top:.2rem;position:relative;color:#333}
  .sidenote-number{counter-increment:sn}
  .sidenote-number:after{content:counter(sn);font-size:.7rem;position:relative;top:-.5rem;left:.1rem}
  .sidenote:before{content:counter(sn) " ";font-size:.7rem;top:-.3rem;position:relative}
  .job{margin-bottom:8px;page-break-inside:avoid}
  .co{font-variant:small-caps;letter-spacing:.04em;font-size:1.06em}
  ul{margin:2px 0 6px;padding-left:18px}li{margin:1px 0;line-height:1.35}`;
  const mn = (t: string) => `<span class="marginnote">${t}</span>`;
  const when = (j: Job) => `${monY(j.start)} – ${j.end ? monY(j.end) : 'present'}`;
  const jobs = newest(p)
    .map((j, i) => {
      const sn = i === 0 ? `<label class="sidenote-number"></label><span class="sidenote">${mixed ? 'Engagement list and client references on request.' : 'Recent clients include three Welsh local authorities and two housing associations.'}</span>` : '';
      return `<div class="job"><p>${mn(`${when(j)}<br>${esc(j.cityEn ?? j.city)}`)}<span class="co">${esc(j.company)}</span> — ${esc(j.titleEn ?? j.title)}${mixed && j.titleEn ? ` <span style="color:#555">(${esc(j.title)})</span>` : ''}.${sn}</p>
      <ul>${(j.bulletsEn ?? j.bullets).map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
    })
    .join('');
  const gap = (p.gaps ?? []).map((g) => `<p>${mn(`${monY(g.start)} – ${monY(g.end)}`)}<i>${esc(g.textEn ?? g.text)}.</i></p>`).join('');
  const edu = p.education.map((e) => `<p>${mn(`${monY(e.start)} – ${monY(e.end)}`)}${esc(e.degreeEn ?? e.degree)}, <span class="co">${esc(e.school)}</span>${e.schoolEn ? ` (${esc(e.schoolEn)})` : ''}, ${esc(e.city ?? '')}.</p>`).join('');
  const title = mixed ? `${p.name} <span style="font-size:15pt">${esc(p.latinName ?? '')}</span>` : esc(p.name);
  const contact = `${esc(p.phoneLocal)} (mobile) · ${esc(p.email)}${p.facts.site ? ` · ${esc(p.facts.site)}` : ''}`;
  const body = `<article><section><h1>${title}</h1><span class="subtitle">${esc(p.headline)} · ${esc(p.city)}</span>
  <p>${mn(`Contact<br>${contact}${p.facts.home ? `<br>Home ${esc(p.facts.home)}` : ''}${p.facts.visa ? `<br>Right to work: ${esc(p.facts.visa)}` : ''}`)}<span class="newthought">In brief,</span> ${esc(p.summaryEn ?? p.summary)}</p>
  <h2>Employment</h2>${jobs}${gap}
  <h2>Skills</h2><p>${mn('Listed roughly by how often I use them.')}</p><ul>${skillList(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Education</h2>${edu}
  <h2>Languages &amp; memberships</h2><p>${p.languages.map(esc).join('; ')}. ${p.certs.map(esc).join('; ')}.</p>
  <p style="color:#777;font-size:8.5pt">Last updated November 2026. This page is typeset with Tufte CSS.</p></section></article>`;
  return page(css, body, mixed ? 'zh' : 'en');
}

// ─────────────────────────────────────────────────────────────────────────────
// X. spine — a "centre spine" résumé (minimal template-shop design): one vertical rule about a third of the way
// across; to its left, right-aligned against it, the section names and for every job the dates and the employer;
// to its right the title, duties and the section content. Name and contact centred across the top.
export function spine(p: Person): string {
  const zh = p.language === 'zh';
  const css = `body{font-family:${zh ? CJK : `"Lato","Helvetica Neue",Arial,"Liberation Sans",sans-serif`};font-size:9.4pt;color:#2b2b2b}
  .top{text-align:center;margin-bottom:10px}
  h1{font-weight:300;letter-spacing:${zh ? '10px' : '6px'};font-size:24pt;margin:0;text-transform:uppercase}
  .hl{letter-spacing:3px;font-size:9pt;color:#8c7b6b;margin-top:3px;text-transform:uppercase}
  .ct{font-size:8.8pt;margin-top:6px;color:#555}
  .grid{display:grid;grid-template-columns:36% 64%;}
  .l{text-align:right;padding:0 12px 0 0;border-right:1.5px solid #c9b8a6}
  .r{padding:0 0 0 12px}
  .sec{font-weight:700;letter-spacing:3px;font-size:9.6pt;color:#8c7b6b;text-transform:uppercase;padding-top:12px}
  .row{padding-top:6px}
  .d{font-size:8.6pt;color:#8c7b6b}.e{font-weight:700}.t{font-weight:700}
  ul{margin:1px 0 0;padding-left:14px}li{margin:0}`;
  const dt = (j: { start: string; end: string | null }) => (zh ? `${slash(j.start)} – ${j.end ? slash(j.end) : '現在'}` : `${monY(j.start).toUpperCase()} — ${j.end ? monY(j.end).toUpperCase() : 'PRESENT'}`);
  const L = zh ? { exp: '工作經歷', sk: '專長技能', edu: '學歷', lang: '語言', cert: '證照', prof: '自我介紹' } : { exp: 'Experience', sk: 'Skills', edu: 'Education', lang: 'Languages', cert: 'Certifications', prof: 'Profile' };
  const row = (l: string, r: string, cls = 'row') => `<div class="l ${cls}">${l}</div><div class="r ${cls}">${r}</div>`;
  let g = row(`<div class="sec">${L.prof}</div>`, `<div style="padding-top:12px">${esc(p.summary)}</div>`, '');
  g += row(`<div class="sec">${L.exp}</div>`, '', '');
  for (const j of newest(p)) g += row(`<div class="d">${dt(j)}</div><div class="e">${esc(j.company)}</div><div class="d">${esc(j.city)}</div>`, `<div class="t">${esc(j.title)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`);
  if (zh) g += row(`<div class="d">2012/07 – 2013/06</div><div class="e">兵役</div>`, `<div>${esc(p.facts.military)}</div>`);
  g += row(`<div class="sec">${L.sk}</div>`, `<div style="padding-top:12px">${skillList(p).map(esc).join('<br>')}</div>`, '');
  g += row(`<div class="sec">${L.edu}</div>`, `<div style="padding-top:12px">${p.education.map((e) => `<b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span class="d">${zh ? `${slash(e.start)} – ${slash(e.end)}` : `${monY(e.start)} — ${monY(e.end)}`}</span>`).join('<br>')}</div>`, '');
  g += row(`<div class="sec">${L.lang}</div>`, `<div style="padding-top:12px">${p.languages.map(esc).join('<br>')}</div>`, '');
  g += row(`<div class="sec">${L.cert}</div>`, `<div style="padding-top:12px;padding-bottom:4px">${p.certs.map(esc).join('<br>')}</div>`, '');
  const contact = zh ? `手機 ${p.phoneLocal}　｜　${p.email}　｜　市話 ${p.facts.landline}　｜　${p.city}` : `${p.phoneLocal}  |  ${p.email}  |  ${p.city}  |  ${p.facts.linkedin ?? ''}`;
  const body = `<div class="top"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><div class="ct">${esc(contact)}</div></div><div class="grid">${g}</div>`;
  return page(css, body, zh ? 'zh-TW' : 'en');
}
