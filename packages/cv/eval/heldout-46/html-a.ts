/** Chromium templates, part A: two-column pages. */
import type { Job, Person } from './people.ts';
import { esc, f, period, parts, rev, asc, skills, monthsIncl, icon, wareki, groupByEmployer, Y, type DateStyle } from './lib.ts';

export const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}${css}</style></head><body>${body}</body></html>`;

const ZHFONT = `"Microsoft YaHei","PingFang SC","WenQuanYi Zen Hei","Droid Sans Fallback",sans-serif`;
const li = (xs: string[]) => xs.map((x) => `<li>${esc(x)}</li>`).join('');

/* ------------------------------------------------------------------------------------------------------------ */
/** glance-sidebar: executive one-pager whose dates live only in the sidebar's "Career timeline". */
export function glanceSidebar(p: Person): string {
  const st: DateStyle = { ym: f.mmyyyy, present: 'now', sep: ' – ' };
  const main = rev(p.work.filter((j) => !j.earlier));
  const earlier = rev(p.work.filter((j) => j.earlier));
  const timeline = main.map((j) => `<div class="tl"><b>${esc(period(j, st))}</b><span>${esc(j.company)}</span><i>${esc(j.title)}</i></div>`).join('')
    + (earlier.length ? `<div class="tl"><b>${Y(earlier[earlier.length - 1].start)} – ${Y(earlier[0].end!)}</b><span>Earlier career</span><i>see below</i></div>` : '');
  const roles = main.map((j) => `<div class="role"><h3>${esc(j.title)}</h3><div class="emp">${esc(j.company)} · ${esc(j.town ?? '')}</div><ul>${li(j.duties)}</ul></div>`).join('');
  const earlyLine = earlier.map((j) => `${esc(j.title)}, ${esc(j.company)}, ${esc(j.town ?? '')} (${Y(j.start)}–${Y(j.end!)})`).join('; ');
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.6pt;color:#22313a}
  .wrap{display:grid;grid-template-columns:60mm 1fr;min-height:264mm}
  aside{background:#1d3a4a;color:#e8f0f3;padding:9mm 6mm}
  aside h2{font-size:8.5pt;letter-spacing:.14em;color:#8fc3d6;margin:0 0 3mm;border-bottom:1px solid #3d6275;padding-bottom:1.5mm}
  aside section{margin-bottom:7mm}
  .c{display:flex;gap:2mm;align-items:flex-start;margin:1.6mm 0;font-size:8.8pt;word-break:break-all}.c svg{flex:none;margin-top:1mm}
  .tl{border-left:2px solid #5aa6c2;padding:0 0 3mm 3mm;margin-left:1mm;position:relative}
  .tl:before{content:"";position:absolute;left:-4.5px;top:3px;width:7px;height:7px;border-radius:50%;background:#8fc3d6}
  .tl b{display:block;font-size:8.8pt;color:#fff}.tl span{display:block;font-size:8.8pt}.tl i{display:block;font-size:8pt;color:#a9c6d2}
  aside ul{margin:0;padding-left:4mm}aside li{margin:1mm 0;font-size:8.8pt}
  main{padding:9mm 0 0 8mm}
  h1{font-size:24pt;margin:0;color:#1d3a4a;letter-spacing:.02em}.head{color:#3f7f98;font-size:11pt;margin:1mm 0 5mm}
  main h2{font-size:10pt;letter-spacing:.12em;text-transform:uppercase;color:#1d3a4a;border-bottom:2px solid #5aa6c2;padding-bottom:1mm;margin:6mm 0 3mm}
  .role{margin-bottom:4mm}.role h3{margin:0;font-size:10.5pt}.emp{color:#3f7f98;font-weight:bold;font-size:9.4pt}
  .role ul{margin:1.2mm 0 0;padding-left:4.5mm}.role li{margin:.6mm 0}
  .early{font-size:9pt;color:#3a4a52}`;
  return page('en-GB', css, `<div class="wrap"><aside>
  <section><h2>CONTACT</h2>
   <div class="c">${icon.phone('#8fc3d6')}<span>${esc(p.phoneDisplay)}</span></div>
   <div class="c">${icon.mail('#8fc3d6')}<span>${esc(p.email)}</span></div>
   <div class="c">${icon.pin('#8fc3d6')}<span>${esc(p.town)}, Aberdeenshire<br>Open to Kuwait and Gulf assignments</span></div></section>
  <section><h2>CAREER TIMELINE</h2>${timeline}</section>
  <section><h2>CORE SKILLS</h2><ul>${li(skills(p))}</ul></section>
  <section><h2>LANGUAGES</h2><ul>${li(p.languages)}</ul></section>
 </aside><main>
  <h1>${esc(p.name)}</h1><div class="head">${esc(p.headline)} · CEng FIChemE</div>
  <h2>Profile</h2><p>${esc(p.summary)}</p>
  <h2>Career</h2>${roles}
  <p class="early"><b>Earlier career:</b> ${earlyLine}.</p>
  <h2>Education &amp; registration</h2>
  ${p.education.map((e) => `<p style="margin:0 0 1.5mm"><b>${esc(e.degree)}</b>, ${esc(e.school)}, ${esc(e.town ?? '')}</p>`).join('')}
  <ul style="margin:1mm 0;padding-left:4.5mm">${li(p.certificates)}</ul>
 </main></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
type Loc = 'es' | 'fr';
const L = {
  es: {
    site: 'trabajoandino.cl', nav: ['Empleos', 'Empresas', 'Mi CV', 'Postulaciones'], title: 'Mi currículum', updated: 'Actualizado el 14/11/2026 · CV visible para empresas',
    contact: 'Datos de contacto', phone: 'Teléfono móvil', email: 'Correo electrónico', loc: 'Ubicación', avail: 'Disponibilidad', availV: 'Con aviso de 30 días',
    salary: 'Pretensión de renta', salaryV: '$ 6.200.000 líquidos mensuales', skills: 'Habilidades', langs: 'Idiomas', certs: 'Licencias y certificados', about: 'Sobre mí',
    exp: 'Experiencia laboral', edu: 'Formación académica', present: 'actualidad', dur: (y: number, m: number) => `${y ? `${y} año${y > 1 ? 's' : ''} ` : ''}${m ? `${m} mes${m > 1 ? 'es' : ''}` : ''}`.trim(),
    area: 'Área', nat: 'Nacionalidad', natV: 'Neozelandesa', fmt: f.es, print: 'Imprimir', footer: 'trabajoandino.cl · Términos y condiciones · Política de privacidad',
    langMap: { 'English (native)': 'Inglés — Nativo', 'Spanish (C1)': 'Español — Avanzado (C1)' } as Record<string, string>, level: 'Nivel',
  },
  fr: {
    site: 'emploi-granducal.lu', nav: ['Offres', 'Entreprises', 'Mon CV', 'Mes candidatures'], title: 'Mon CV', updated: 'Mis à jour le 15/11/2026 · CV visible par les recruteurs',
    contact: 'Coordonnées', phone: 'Téléphone portable', email: 'E-mail', loc: 'Lieu de résidence', avail: 'Disponibilité', availV: 'Préavis de 3 mois',
    salary: 'Prétentions salariales', salaryV: '98 000 € brut / an', skills: 'Compétences', langs: 'Langues', certs: 'Certifications', about: 'À propos',
    exp: 'Expérience professionnelle', edu: 'Formation', present: 'aujourd’hui', dur: (y: number, m: number) => `${y ? `${y} an${y > 1 ? 's' : ''} ` : ''}${m ? `${m} mois` : ''}`.trim(),
    area: 'Secteur', nat: 'Nationalité', natV: 'Britannique', fmt: f.fr, print: 'Imprimer', footer: 'emploi-granducal.lu · Mentions légales · Protection des données',
    langMap: { 'English (native)': 'Anglais — Langue maternelle', 'French (B2)': 'Français — B2', 'German (B1)': 'Allemand — B1', 'Luxembourgish (A2)': 'Luxembourgeois — A2' } as Record<string, string>, level: 'Niveau',
  },
};
/** locale-portal: a job-board CV print whose UI is Spanish (Chile) or French (Luxembourg) around English content. */
export function localePortal(p: Person, loc: Loc): string {
  const t = L[loc];
  const st: DateStyle = { ym: t.fmt, present: t.present };
  const asOf = '2026-11';
  const jobs = rev(p.work).map((j) => {
    const n = monthsIncl(j.start, j.end, asOf);
    return `<div class="job"><div class="jt">${esc(j.title)}</div><div class="jc">${esc(j.company)} · ${esc(j.town ?? '')}, ${esc(j.country ?? '')}</div>
    <div class="jd">${esc(period(j, st))} <span>· ${t.dur(Math.floor(n / 12), n % 12)}</span></div><ul>${li(j.duties)}</ul></div>`;
  }).join('');
  const edu = rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<div class="job"><div class="jt">${esc(e.degree)}</div><div class="jc">${esc(e.school)}${e.town ? `, ${esc(e.town)}` : ''}</div><div class="jd">${esc(t.fmt(e.from))} – ${esc(t.fmt(e.to))}</div></div>`).join('');
  const initials = p.given[0] + p.family[0];
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.3pt;color:#2b2f33}
  .bar{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid ${loc === 'es' ? '#e5542b' : '#1b6fb5'};padding-bottom:2mm;margin-bottom:4mm}
  .logo{font-weight:bold;font-size:14pt;color:${loc === 'es' ? '#e5542b' : '#1b6fb5'}}.nav span{margin-left:5mm;color:#555;font-size:8.5pt}
  .upd{font-size:8pt;color:#777;margin-bottom:4mm}
  .grid{display:grid;grid-template-columns:58mm 1fr;gap:6mm}
  .card{background:#f4f5f7;border-radius:3mm;padding:5mm}
  .av{width:22mm;height:22mm;border-radius:50%;background:${loc === 'es' ? '#e5542b' : '#1b6fb5'};color:#fff;font-size:16pt;font-weight:bold;display:flex;align-items:center;justify-content:center;margin:0 auto 3mm}
  .nm{text-align:center;font-size:13pt;font-weight:bold}.hl{text-align:center;color:#555;margin:1mm 0 4mm;font-size:8.8pt}
  .card h3{font-size:8.5pt;text-transform:uppercase;color:#777;margin:4mm 0 1.5mm;letter-spacing:.06em}
  .kv{margin:1mm 0;word-break:break-all}.kv small{display:block;color:#888;font-size:7.6pt}
  .chip{display:inline-block;background:#fff;border:1px solid #d3d6da;border-radius:9px;padding:.5mm 2.2mm;margin:0 1mm 1.2mm 0;font-size:8.2pt}
  main h2{font-size:11.5pt;margin:0 0 3mm;padding-bottom:1mm;border-bottom:1px solid #ddd}main section{margin-bottom:6mm}
  .job{margin-bottom:4mm}.jt{font-weight:bold;font-size:10pt}.jc{color:#333}.jd{color:${loc === 'es' ? '#b8401f' : '#1b6fb5'};font-size:8.8pt;margin:.5mm 0}.jd span{color:#777}
  .job ul{margin:1mm 0 0;padding-left:4.5mm}.job li{margin:.5mm 0}
  .foot{margin-top:6mm;border-top:1px solid #ddd;padding-top:2mm;font-size:7.5pt;color:#999;text-align:center}`;
  return page(loc === 'es' ? 'es-CL' : 'fr-LU', css, `<div class="bar"><div class="logo">${t.site}</div><div class="nav">${t.nav.map((n) => `<span>${n}</span>`).join('')}</div></div>
  <div class="upd">${t.title} · ${t.updated}</div>
  <div class="grid"><aside class="card"><div class="av">${initials}</div><div class="nm">${esc(p.name)}</div><div class="hl">${esc(p.headline)}</div>
   <h3>${t.contact}</h3>
   <div class="kv"><small>${t.phone}</small>${esc(p.phoneDisplay)}</div><div class="kv"><small>${t.email}</small>${esc(p.email)}</div>
   <div class="kv"><small>${t.loc}</small>${esc(p.town)}</div><div class="kv"><small>${t.nat}</small>${t.natV}</div>
   <div class="kv"><small>${t.avail}</small>${t.availV}</div><div class="kv"><small>${t.salary}</small>${t.salaryV}</div>
   <h3>${t.skills}</h3>${skills(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
   <h3>${t.langs}</h3>${p.languages.map((l) => `<div class="kv">${esc(t.langMap[l] ?? l)}</div>`).join('')}
   <h3>${t.certs}</h3>${p.certificates.map((c) => `<div class="kv">${esc(c)}</div>`).join('')}
  </aside><main>
   <section><h2>${t.about}</h2><p style="margin:0">${esc(p.summary)}</p></section>
   <section><h2>${t.exp}</h2>${jobs}</section>
   <section><h2>${t.edu}</h2>${edu}</section>
  </main></div><div class="foot">${t.footer}</div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** deckblatt: German application package — cover page (Deckblatt) then a two-column Lebenslauf; German dates. */
export function deckblatt(p: Person): string {
  const st: DateStyle = { ym: f.de, present: 'heute' };
  const jobs = rev(p.work).map((j) => `<div class="e"><div class="r"><b>${esc(j.title)}</b><span>${esc(period(j, st))}</span></div>
   <div class="co">${esc(j.company)}${j.companyAlt ? ` · ${esc(j.companyAlt)}` : ''}, ${esc(j.town ?? '')}</div><ul>${li(j.duties)}</ul></div>`).join('');
  const edu = rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<div class="e"><div class="r"><b>${esc(e.degree)}</b><span>${f.de(e.from)} – ${f.de(e.to)}</span></div><div class="co">${esc(e.school)}${e.schoolAlt ? ` · ${esc(e.schoolAlt)}` : ''}${e.town ? `, ${esc(e.town)}` : ''}</div></div>`).join('');
  const css = `body{font-family:"Liberation Serif","Times New Roman",serif;font-size:10pt;color:#222}
  .cover{height:262mm;page-break-after:always;display:flex;flex-direction:column;border-left:6mm solid #8a1c2b;padding-left:12mm}
  .cover .k{margin-top:30mm;font-size:11pt;letter-spacing:.3em;color:#8a1c2b}
  .cover h1{font-size:30pt;font-weight:normal;margin:3mm 0 0}.cover .pos{font-size:14pt;margin-top:4mm}
  .cover .ph{width:45mm;height:57mm;margin:16mm 0 10mm;border:1px solid #bbb}
  .cover .nm{font-size:20pt}.cover .nm small{display:block;font-size:12pt;color:#555;margin-top:1mm}
  .cover .ct{margin-top:6mm;line-height:1.6}
  .cover .an{margin-top:auto;margin-bottom:10mm;font-size:9.5pt;color:#444}.cover .an b{color:#8a1c2b}
  .cv{display:grid;grid-template-columns:58mm 1fr;gap:7mm}
  .side{background:#f1ede8;padding:6mm 5mm;font-family:"Liberation Sans",Arial,sans-serif;font-size:8.8pt}
  .side h3{font-size:9pt;color:#8a1c2b;text-transform:uppercase;letter-spacing:.08em;margin:5mm 0 2mm}.side h3:first-child{margin-top:0}
  .side p{margin:1mm 0}.side ul{padding-left:4mm;margin:0}.side li{margin:.8mm 0}
  h2{font-size:12pt;color:#8a1c2b;border-bottom:1px solid #8a1c2b;margin:0 0 3mm;padding-bottom:1mm;font-weight:normal;letter-spacing:.04em}
  .main h1{font-size:20pt;font-weight:normal;margin:0}.main .sub{color:#666;margin:1mm 0 6mm}
  .e{margin-bottom:4mm}.r{display:flex;justify-content:space-between;gap:4mm}.r span{white-space:nowrap;color:#555}
  .co{font-style:italic;color:#444}.e ul{margin:1mm 0 0;padding-left:4.5mm}.e li{margin:.5mm 0}
  .sig{margin-top:8mm}.sig .s{font-family:"DejaVu Serif",serif;font-style:italic;font-size:15pt;color:#1c3d7a}`;
  return page('de', css, `<div class="cover"><div class="k">BEWERBUNG · APPLICATION</div>
  <div class="pos">als Leiter Entwicklung (m/w/d) Getriebetechnik<br><span style="font-size:11pt;color:#555">Hallberg Antriebe GmbH · Werk Suzhou · Kennziffer HA-2026-117</span></div>
  <div class="ph">${icon.person('#a9a39b')}</div>
  <div class="nm">${esc(p.name)}<small>${esc(p.latin!)}</small></div>
  <div class="ct">${esc(p.address)}<br>Mobil: ${esc(p.phoneDisplay)}<br>E-Mail: ${esc(p.email)}</div>
  <div class="an"><b>Anlagen / Enclosures</b><br>Anschreiben · Lebenslauf · Arbeitszeugnisse Krämer Antriebstechnik · Masterzeugnis Hochschule Filstal</div></div>
  <div class="cv"><div class="side">
   <h3>Persönliche Daten</h3><p>Geboren am 18.06.1987 in Nanjing</p><p>Staatsangehörigkeit: chinesisch</p><p>Familienstand: verheiratet, ein Kind</p>
   <h3>Kontakt</h3><p>${esc(p.phoneDisplay)}</p><p style="word-break:break-all">${esc(p.email)}</p><p>Taicang, Jiangsu</p>
   <h3>Kenntnisse / Skills</h3><ul>${li(skills(p))}</ul>
   <h3>Sprachen</h3><ul>${li(p.languages)}</ul>
   <h3>Zertifikate</h3><ul>${li(p.certificates)}</ul>
  </div><div class="main"><h1>Lebenslauf · ${esc(p.name)}</h1><div class="sub">${esc(p.latin!)} — ${esc(p.headline)}</div>
   <h2>Berufserfahrung / Professional experience</h2>${jobs}
   <h2>Ausbildung / Education</h2>${edu}
   <div class="sig">Taicang, 20. November 2026<div class="s">Zhiyuan Wang</div></div>
  </div></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** jp-scout: résumé page printed from a Japanese executive scout platform (Japanese UI, 2019年4月～現在). */
export function jpScout(p: Person): string {
  const st: DateStyle = { ym: f.zh, present: '現在', sep: '～' };
  const groups = groupByEmployer(rev(p.work));
  const staff: Record<string, string> = { 'Mitsuhara Seisakusho Co., Ltd.': '従業員数 1,850名 ／ 資本金 42億円 ／ 自動車部品・工作機械部品', 'Shanghai Tsuhara Precision Machinery Co., Ltd.': '従業員数 320名 ／ 日系100%出資 ／ 精密機械部品' };
  const blocks = groups.map((g) => {
    const first = g.jobs[g.jobs.length - 1], last = g.jobs[0];
    const span = `${f.zh(first.start)}～${last.end ? f.zh(last.end) : '現在'}`;
    return `<div class="co"><div class="ch"><b>${esc(g.company)}</b><span>${span}</span></div><div class="cn">${esc(first.companyAlt ?? '')}　${esc(staff[g.company] ?? '')}</div>
    ${g.jobs.map((j) => `<div class="rl"><div class="rd">${esc(period(j, st))}</div><div><b>${esc(j.title)}（${esc(j.titleAlt ?? '')}）</b><ul>${li(j.duties)}</ul></div></div>`).join('')}</div>`;
  }).join('');
  const css = `body{font-family:"Liberation Sans",${ZHFONT};font-size:9.2pt;color:#1e2a35}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #0b2a4a;padding-bottom:2mm}
  .lg{font-weight:bold;font-size:15pt;color:#0b2a4a;letter-spacing:.05em}.lg small{font-size:8pt;color:#c5a455;margin-left:2mm}
  .meta{font-size:7.8pt;color:#777;text-align:right}
  .g{display:grid;grid-template-columns:62mm 1fr;gap:6mm;margin-top:5mm}
  .pc{border:1px solid #d7dde3;border-radius:2mm;padding:5mm}
  .pc .nm{font-size:16pt;font-weight:bold}.pc .kana{color:#777;font-size:8.5pt}.pc .en{font-size:10pt;margin-bottom:3mm}
  .pc dl{margin:0}.pc dt{color:#7a8793;font-size:7.8pt;margin-top:2.2mm}.pc dd{margin:0;word-break:break-all}
  .tag{display:inline-block;border:1px solid #0b2a4a;color:#0b2a4a;border-radius:2px;padding:.3mm 1.6mm;margin:0 1mm 1mm 0;font-size:8pt}
  h2{font-size:10.5pt;background:#0b2a4a;color:#fff;padding:1.2mm 3mm;margin:0 0 3mm}
  section{margin-bottom:5mm}
  .co{border:1px solid #d7dde3;margin-bottom:3mm}.ch{display:flex;justify-content:space-between;background:#eef2f6;padding:1.5mm 3mm}.ch span{white-space:nowrap}
  .cn{font-size:8pt;color:#5b6876;padding:1mm 3mm}
  .rl{display:grid;grid-template-columns:38mm 1fr;gap:2mm;padding:1.5mm 3mm;border-top:1px dashed #d7dde3}.rd{color:#0b2a4a}
  .rl ul{margin:.8mm 0 0;padding-left:4mm}.rl li{margin:.4mm 0}
  .ed{display:grid;grid-template-columns:38mm 1fr;gap:2mm;margin:1mm 0}`;
  return page('ja', css, `<div class="top"><div class="lg">ProScout<small>EXECUTIVE</small></div><div class="meta">職務経歴書（レジュメ）／ 会員ID 3186-4470<br>最終更新日 2026年11月12日　印刷日 2026年11月18日</div></div>
  <div class="g"><aside class="pc"><div class="nm">${esc(p.name)}</div><div class="kana">ソン ハオラン</div><div class="en">${esc(p.latin!)}</div>
   <dl><dt>年齢 / Age</dt><dd>37歳（1989年8月生）</dd><dt>現住所 / Location</dt><dd>中国・上海市閔行区</dd>
   <dt>現在の年収 / Current salary</dt><dd>税込 約 62万人民元</dd><dt>希望勤務地</dt><dd>上海、蘇州、名古屋</dd>
   <dt>メール</dt><dd>${esc(p.email)}</dd><dt>電話（携帯）</dt><dd>${esc(p.phoneDisplay)}</dd>
   <dt>語学 / Languages</dt><dd>${p.languages.map(esc).join('<br>')}</dd>
   <dt>資格 / Certificates</dt><dd>${p.certificates.map(esc).join('<br>')}</dd>
   <dt>スキル / Skills</dt><dd>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</dd></dl></aside>
  <main><section><h2>職務要約 Summary</h2><p style="margin:0">${esc(p.summary)}</p></section>
   <section><h2>職務経歴 Career history</h2>${blocks}</section>
   <section><h2>学歴 Education</h2>${rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<div class="ed"><span>${f.zh(e.from)}～${f.zh(e.to)}</span><span>${esc(e.schoolAlt ?? '')} ${esc(e.school)}<br>${esc(e.degree)}</span></div>`).join('')}</section>
  </main></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** right-date-strip: Chinese builder page with an info rail left, entries in the middle and a date rail on the right. */
export function rightDateStrip(p: Person): string {
  const zh = p.language === 'zh';
  const st: DateStyle = { ym: f.dot, present: '至今', season: 'en' };
  type Row = { start: string; end: string | null; html: string; dates: [string, string] };
  const rows: Row[] = p.work.map((j) => {
    const pr = parts(j, st);
    return { start: j.start, end: j.end, dates: j.print === 'season' ? j.season!.en.split(' ') as [string, string] : [pr.start, pr.end], html:
      `<div class="t"><b>${esc(j.company)}</b>${j.companyAlt && !zh ? `<span class="alt">${esc(j.companyAlt)}</span>` : ''}</div>
       <div class="ti">${esc(zh ? j.title : `${j.titleAlt ?? ''} ${j.title}`)}${j.kind === 'military' ? '（服役）' : ''}</div><ul>${li(j.duties)}</ul>` };
  });
  for (const g of p.gaps) rows.push({ start: g.start, end: g.end, dates: [f.dot(g.start), f.dot(g.end)], html: `<div class="t gap"><b>${esc(g.note)}</b></div>` });
  const ordered = rev(rows);
  const H = (zhT: string, en: string) => (zh ? zhT : `${zhT} <small>${en}</small>`);
  const css = `body{font-family:"Liberation Sans",${ZHFONT};font-size:9.2pt;color:#333}
  .g{display:grid;grid-template-columns:54mm 1fr;gap:6mm}
  aside{background:#eef3f1;padding:6mm 5mm;min-height:262mm}
  .ph{width:26mm;height:32mm;margin:0 auto 4mm;border-radius:2mm;overflow:hidden}
  .nm{text-align:center;font-size:17pt;font-weight:bold;color:#1f5f4f}.nm small{display:block;font-size:9pt;color:#666;font-weight:normal}
  aside h3{font-size:10pt;color:#1f5f4f;border-bottom:1px solid #b9cfc8;padding-bottom:1mm;margin:5mm 0 2mm}
  aside p{margin:1.2mm 0;word-break:break-all}.tg{display:inline-block;background:#1f5f4f;color:#fff;border-radius:2px;padding:.4mm 1.8mm;margin:0 1mm 1.2mm 0;font-size:8.2pt}
  h2{font-size:11pt;color:#1f5f4f;margin:0 0 3mm;padding:1mm 0 1mm 3mm;border-left:4px solid #1f5f4f}h2 small{font-size:8.5pt;color:#888;font-weight:normal}
  section{margin-bottom:5mm}
  .row{display:grid;grid-template-columns:1fr 20mm;gap:3mm;padding:2mm 0;border-bottom:1px dotted #ccd}
  .d{text-align:right;color:#1f5f4f;font-weight:bold;font-size:8.8pt;line-height:1.35;border-left:2px solid #1f5f4f;padding-left:2mm}.d i{display:block;font-style:normal;color:#999}
  .t b{font-size:10pt}.alt{display:block;color:#777;font-size:8pt}.ti{color:#555;margin-top:.5mm}.gap b{color:#888;font-weight:normal}
  .row ul{margin:1mm 0 0;padding-left:4.5mm}.row li{margin:.4mm 0}`;
  const info = zh
    ? `<p>性别：${p.gender}</p><p>出生年月：${p.birth.replace('-', '.')}</p><p>籍贯：山东临沂</p><p>政治面貌：中共党员（退役军人）</p><p>现居：${esc(p.address)}</p>`
    : `<p>Based in ${esc(p.town)}</p><p>Born ${p.birth.replace('-', '.')}</p>`;
  return page(zh ? 'zh-CN' : 'zh-CN', css, `<div class="g"><aside><div class="ph">${icon.person('#9bb5ad')}</div><div class="nm">${esc(p.name)}${p.latin && !zh ? `<small>${esc(p.latin)}</small>` : ''}</div>
   <h3>${zh ? '基本信息' : '基本信息 Profile'}</h3>${info}
   <h3>${zh ? '联系方式' : '联系方式 Contact'}</h3><p>${zh ? '手机' : 'Mobile'}：${esc(p.phoneDisplay)}</p><p>${zh ? '邮箱' : 'Email'}：${esc(p.email)}</p>${zh ? '<p>微信：mqw_logistics</p>' : ''}
   <h3>${zh ? '专业技能' : '技能 Skills'}</h3>${skills(p).map((s) => `<span class="tg">${esc(s)}</span>`).join('')}
   <h3>${zh ? '证书' : '证书 Certificates'}</h3>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}
   <h3>${zh ? '语言' : '语言 Languages'}</h3>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}
  </aside><main>
   <section><h2>${H('求职意向', 'Objective')}</h2><p style="margin:0">${esc(p.headline)}</p></section>
   <section><h2>${H('个人简介', 'Summary')}</h2><p style="margin:0">${esc(p.summary)}</p></section>
   <section><h2>${H('工作经历', 'Work Experience')}</h2>${ordered.map((r) => `<div class="row"><div>${r.html}</div><div class="d">${esc(r.dates[0])}<i>—</i>${esc(r.dates[1])}</div></div>`).join('')}</section>
   <section><h2>${H('教育背景', 'Education')}</h2>${rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<div class="row"><div><div class="t"><b>${esc(e.schoolAlt ?? e.school)}</b>${e.schoolAlt ? `<span class="alt">${esc(e.school)}</span>` : ''}</div><div class="ti">${esc(e.degreeAlt ?? e.degree)}</div></div><div class="d">${f.dot(e.from)}<i>—</i>${f.dot(e.to)}</div></div>`).join('')}</section>
  </main></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** zh-endfirst: Chinese template whose date strip prints the END above the START ("至今" over "2015.04"); info column right. */
export function zhEndFirst(p: Person): string {
  const jobs = rev(p.work).map((j) => `<div class="e"><div class="d"><b>${j.end ? f.dot(j.end) : '至今'}</b><span>${f.dot(j.start)}</span></div>
   <div class="c"><div class="h"><b>${esc(j.company)}</b><span>${esc(j.title)}</span></div><ul>${li(j.duties)}</ul></div></div>`).join('');
  const edu = rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<div class="e"><div class="d"><b>${f.dot(e.to)}</b><span>${f.dot(e.from)}</span></div><div class="c"><div class="h"><b>${esc(e.school)}</b><span>${esc(e.degree)}</span></div></div></div>`).join('');
  const css = `body{font-family:${ZHFONT};font-size:9.4pt;color:#333}
  .g{display:grid;grid-template-columns:1fr 58mm;gap:6mm}
  .nm{font-size:24pt;font-weight:bold;color:#7a2e1f;letter-spacing:.2em}.ob{margin:1mm 0 6mm;color:#555}
  h2{font-size:11.5pt;color:#7a2e1f;margin:0 0 3mm;border-bottom:2px solid #7a2e1f;padding-bottom:1mm}
  section{margin-bottom:6mm}
  .e{display:grid;grid-template-columns:21mm 1fr;gap:4mm;margin-bottom:3.5mm}
  .d{text-align:center;border-right:2px solid #d8b8ae;padding-right:3mm}.d b{display:block;font-size:11pt;color:#7a2e1f}.d span{display:block;font-size:8.5pt;color:#888;border-top:1px solid #ddd;margin-top:1mm;padding-top:1mm}
  .h{display:flex;justify-content:space-between;gap:3mm}.h b{font-size:10pt}.h span{color:#7a2e1f;white-space:nowrap}
  .c ul{margin:1mm 0 0;padding-left:4.5mm}.c li{margin:.5mm 0}
  aside{background:#f7f1ee;padding:6mm 5mm;min-height:262mm}aside h3{font-size:10pt;color:#7a2e1f;margin:0 0 2mm}aside section{margin-bottom:6mm}
  aside p{margin:1.2mm 0;word-break:break-all}aside ul{margin:0;padding-left:4mm}aside li{margin:1mm 0}`;
  return page('zh-CN', css, `<div class="g"><main><div class="nm">${esc(p.name)}</div><div class="ob">求职意向：${esc(p.headline)} ｜ 期望城市：株洲 / 长沙</div>
   <section><h2>个人简介</h2><p style="margin:0">${esc(p.summary)}</p></section>
   <section><h2>工作经历</h2>${jobs}</section><section><h2>教育经历</h2>${edu}</section></main>
  <aside><section><h3>基本信息</h3><p>性别：男</p><p>出生年月：1970.10</p><p>籍贯：湖南衡阳</p><p>政治面貌：中共党员</p><p>职称：正高级工程师</p></section>
   <section><h3>联系方式</h3><p>手机：${esc(p.phoneDisplay)}</p><p>办公：${esc(p.otherPhones![0].number)}</p><p>邮箱：${esc(p.email)}</p><p>地址：${esc(p.address)}</p></section>
   <section><h3>专业技能</h3><ul>${li(skills(p))}</ul></section>
   <section><h3>资格证书</h3><ul>${li(p.certificates)}</ul></section>
   <section><h3>语言能力</h3><ul>${li(p.languages)}</ul></section></aside></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** portfolio-split: personal site in the split-screen portfolio layout (fixed left panel, date labels left of each entry). */
export function portfolioSplit(p: Person): string {
  const zh = p.language === 'zh';
  const st: DateStyle = zh ? { ym: f.dot, present: '至今', sep: ' — ' } : { ym: f.en, present: 'Present', sep: ' — ' };
  const exp = rev(p.work).map((j) => `<div class="it"><div class="dl">${esc(period(j, st)).toUpperCase()}</div><div><h3>${esc(j.title)} · <span>${esc(j.company)}</span></h3>
   <ul>${li(j.duties)}</ul>${j.clients ? `<div class="chips">${j.clients.map((c) => `<span>${esc(c)}</span>`).join('')}</div>` : ''}</div></div>`).join('');
  const edu = rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `<div class="it"><div class="dl">${zh ? `${Y(e.from)} — ${Y(e.to)}` : `${Y(e.from)} — ${Y(e.to)}`}</div><div><h3>${esc(e.degree)}</h3><p>${esc(e.school)}${e.town ? `, ${esc(e.town)}` : ''}</p></div></div>`).join('');
  const css = `body{font-family:"Liberation Sans",${ZHFONT};font-size:9.4pt;color:#334155}
  .g{display:grid;grid-template-columns:66mm 1fr;gap:9mm}
  .left{border-right:1px solid #e2e8f0;padding-right:6mm;min-height:262mm}
  h1{font-size:${zh ? 24 : 22}pt;color:#0f172a;margin:6mm 0 2mm}.tag{font-size:11pt;color:#0f766e;font-weight:bold}.intro{color:#64748b;margin:3mm 0 8mm}
  .nav div{display:flex;align-items:center;gap:3mm;font-size:8pt;letter-spacing:.15em;color:#94a3b8;margin:3mm 0}.nav div:before{content:"";width:10mm;height:1px;background:#94a3b8}
  .nav div.on{color:#0f172a}.nav div.on:before{width:18mm;background:#0f172a}
  .ct{margin-top:12mm}.ct p{display:flex;gap:2mm;align-items:center;margin:2mm 0;word-break:break-all}
  .right h2{font-size:8.5pt;letter-spacing:.2em;color:#0f172a;margin:6mm 0 4mm}.right h2:first-child{margin-top:6mm}
  .it{display:grid;grid-template-columns:30mm 1fr;gap:4mm;margin-bottom:5mm}
  .dl{font-size:7.6pt;letter-spacing:.06em;color:#64748b;font-weight:bold;padding-top:.6mm}
  .it h3{margin:0;font-size:10pt;color:#0f172a}.it h3 span{color:#0f766e}.it p{margin:.5mm 0}.it ul{margin:1mm 0 0;padding-left:4mm}.it li{margin:.5mm 0}
  .chips span,.sk span{display:inline-block;background:#ccfbf1;color:#115e59;border-radius:9px;padding:.4mm 2.4mm;margin:1.5mm 1.2mm 0 0;font-size:8pt}`;
  const C = zh ? { about: '关于我', exp: '经历', edu: '教育', sk: '技能', lang: '语言', nav: ['关于', '经历', '教育', '技能'] } : { about: 'ABOUT', exp: 'EXPERIENCE', edu: 'EDUCATION', sk: 'SKILLS', lang: 'LANGUAGES', nav: ['ABOUT', 'EXPERIENCE', 'EDUCATION', 'SKILLS'] };
  return page(zh ? 'zh-CN' : 'en-GB', css, `<div class="g"><div class="left"><h1>${esc(p.name)}</h1><div class="tag">${esc(p.headline)}</div>
  <div class="intro">${esc(zh ? '做让人记得住的品牌。上海 · 接受长期合作与项目制合作。' : 'I like turning messy experience data into models people can act on. Based in Leeds, open to actuarial trainee roles from January 2027.')}</div>
  <div class="nav">${C.nav.map((n, i) => `<div class="${i === 1 ? 'on' : ''}">${n}</div>`).join('')}</div>
  <div class="ct"><p>${icon.mail('#0f766e')}${esc(p.email)}</p><p>${icon.phone('#0f766e')}${esc(p.phoneDisplay)}</p><p>${icon.pin('#0f766e')}${esc(p.town)}</p><p>${icon.link('#0f766e')}${zh ? 'xiaotang.studio' : 'priyar.github.io'}</p></div></div>
  <div class="right"><h2>${C.about}</h2><p>${esc(p.summary)}</p>${p.extra?.project ? `<p>${esc(p.extra.project)}.</p>` : ''}
  <h2>${C.exp}</h2>${exp}<h2>${C.edu}</h2>${edu}
  <h2>${C.sk}</h2><div class="sk">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>${C.lang}</h2><p>${p.languages.map(esc).join(' · ')}</p><p>${p.certificates.map(esc).join(' · ')}</p></div></div>`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** xiumi: a 秀米-style 长图文 résumé (centred column, decorative cards, two-column 布局 blocks) printed from the browser. */
export function xiumi(p: Person): string {
  const groups = groupByEmployer(rev(p.work));
  const block = groups.map((g) => {
    const first = g.jobs[g.jobs.length - 1], last = g.jobs[0];
    const span = `${f.slash(first.start)}-${last.end ? f.slash(last.end) : ''}`;
    return `<div class="lay"><div class="l"><span class="pill">${span}</span></div><div class="r"><div class="cn">${esc(g.company)}</div>
     ${g.jobs.map((j) => `<div class="ro"><b>${esc(j.title)}</b>${g.jobs.length > 1 ? `<em>${f.slash(j.start)}-${j.end ? f.slash(j.end) : ''}</em>` : ''}<ul>${li(j.duties)}</ul></div>`).join('')}</div></div>`;
  }).join('');
  const css = `body{font-family:${ZHFONT};font-size:9pt;color:#3e3e3e;background:#fff}
  .col{width:156mm;margin:0 auto}.two{break-inside:avoid}
  .ban{background:linear-gradient(135deg,#ffb199,#ff6f61);color:#fff;text-align:center;padding:5mm 0 4.5mm;border-radius:0 0 10mm 10mm}
  .ban .a{letter-spacing:.6em;font-size:9pt;opacity:.9}.ban .b{font-size:22pt;font-weight:bold;margin-top:2mm;letter-spacing:.2em}.ban .c{font-size:10pt;margin-top:1mm}
  .sec{margin:4mm 0 2.5mm;text-align:center}.sec span{display:inline-block;border:1.5px solid #ff6f61;color:#ff6f61;border-radius:12px;padding:.8mm 6mm;font-weight:bold;font-size:10.5pt;background:#fff6f4}
  .two{display:flex;gap:4mm}.two>div{flex:1;background:#fff6f4;border-radius:3mm;padding:3.5mm 4mm}
  .two p{margin:1mm 0}.two b{color:#ff6f61}
  .lay{display:flex;gap:3mm;margin-bottom:2.5mm}.l{flex:0 0 34mm;text-align:right}.pill{white-space:nowrap;display:inline-block;background:#ff6f61;color:#fff;border-radius:10px;padding:.6mm 3mm;font-size:8.6pt;margin-top:.5mm}
  .r{flex:1;border-left:2px dashed #ffc1b6;padding-left:4mm}.cn{font-weight:bold;font-size:10.5pt}.ro{margin-top:1.5mm}.ro em{font-style:normal;color:#999;margin-left:2mm;font-size:8.5pt}
  .r ul{margin:.8mm 0 0;padding-left:4.5mm}.r li{margin:.4mm 0}
  .tags span{display:inline-block;border:1px solid #ff6f61;color:#ff6f61;border-radius:3px;padding:.3mm 2mm;margin:0 1.5mm 1.5mm 0;font-size:8.6pt}
  .end{text-align:center;color:#bbb;font-size:8pt;margin-top:2mm}`;
  return page('zh-CN', css, `<div class="col"><div class="ban"><div class="a">PERSONAL RESUME</div><div class="b">${esc(p.name)}</div><div class="c">${esc(p.headline)}</div></div>
  <div class="sec"><span>基本信息</span></div>
  <div class="two"><div><p><b>性别</b>　男</p><p><b>出生</b>　1991年5月</p><p><b>现居</b>　深圳南山</p><p><b>学历</b>　本科</p></div>
   <div><p><b>手机</b>　${esc(p.phoneDisplay)}</p><p><b>邮箱</b>　${esc(p.email)}</p><p><b>期望</b>　硬件产品经理 / 产品总监</p><p><b>到岗</b>　一个月内</p></div></div>
  <div class="sec"><span>个人优势</span></div><p>${esc(p.summary)}</p>
  <div class="sec"><span>工作经历</span></div>${block}
  <div class="sec"><span>教育背景</span></div>${p.education.map((e) => `<div class="lay"><div class="l"><span class="pill">${f.slash(e.from)}-${f.slash(e.to)}</span></div><div class="r"><div class="cn">${esc(e.school)}</div><div>${esc(e.degree)}</div></div></div>`).join('')}
  <div class="two" style="margin-top:3mm"><div><div class="sec" style="margin-top:0;text-align:left"><span>专业技能</span></div><div class="tags">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div></div>
   <div><div class="sec" style="margin-top:0;text-align:left"><span>证书 · 语言</span></div>${[...p.certificates, ...p.languages].map((c) => `<p>${esc(c)}</p>`).join('')}</div></div>
  <div class="end">— 感谢阅读 · 期待与您共事 —</div></div>`);
}

export type { Job };
export { wareki, asc };
