/**
 * heldout-19 generator: writes documents/, truth.json and manifest.json for the sixteen people in people.ts.
 * Run from packages/cv:  npx tsx eval/heldout-19/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, SectionType,
  Tab, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { type Job, type Person, people } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

// ───────────────────────────── dates and small helpers ─────────────────────────────
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type DStyle = 'MMM YYYY' | 'MMMM YYYY' | 'MM/YYYY' | 'YYYY/MM' | 'YYYY.MM' | 'YYYY-MM' | 'YYYY年M月' | 'MM.YYYY';
function d(ym: string, s: DStyle): string {
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7)), mm = ym.slice(5, 7);
  switch (s) {
    case 'MMM YYYY': return `${MON[m - 1]} ${y}`;
    case 'MMMM YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
  }
}
function rng(j: { start: string; end: string | null }, s: DStyle, sep = ' – ', present = 'Present'): string {
  return `${d(j.start, s)}${sep}${j.end ? d(j.end, s) : present}`;
}
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sk = (p: Person) => p.skills.map((s) => s[0]);
const isZh = (p: Person) => p.language !== 'en';
const title = (p: Person, j: Job, zh: boolean) => (zh && j.titleZh ? j.titleZh : j.title);
const headline = (p: Person, zh: boolean) => (zh && p.headlineZh ? p.headlineZh : p.headline);
/** The name line: mixed people print both names. */
const fullName = (p: Person, order: 'zh-first' | 'en-first' = 'zh-first') =>
  p.altName ? (order === 'zh-first' ? `${p.name} ${p.altName}` : `${p.altName} ${p.name}`) : p.name;
/** The candidate's own number in international form, as forms for foreign readers print it. */
function intl(p: Person): string {
  const l = p.phoneLocal;
  if (p.phone.startsWith('+1')) return `+1 ${l.replace(/[()]/g, '').replace(/ /g, '-').replace(/^(\d{3})-(\d{3})-(\d{4})$/, '$1 $2 $3')}`;
  if (p.phone.startsWith('+86')) return `+86 ${l}`;
  if (p.phone.startsWith('+852')) return `+852 ${l}`;
  return `${p.phone.slice(0, 3)} ${l.replace(/^0/, '')}`;
}
const surname = (p: Person) => (p.language === 'en' ? p.name.split(' ').slice(-1)[0] : p.name);
/** Groups consecutive roles at one employer (for templates that print the employer once). */
function byEmployer(jobs: Job[]): { company: string; town?: string; roles: Job[] }[] {
  const out: { company: string; town?: string; roles: Job[] }[] = [];
  for (const j of jobs) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.roles.push(j);
    else out.push({ company: j.company, town: j.town, roles: [j] });
  }
  return out;
}

const SERIF = `'Liberation Serif', 'DejaVu Serif', 'WenQuanYi Zen Hei', serif`;
const SANS = `'Liberation Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif`;
const ZH = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', 'Liberation Sans', sans-serif`;
const ICON = `'DejaVu Sans', sans-serif`;
function html(lang: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; } html, body { margin: 0; padding: 0; } ${css}</style></head><body>${body}</body></html>`;
}

// ───────────────────────────── HTML templates (Chromium) ─────────────────────────────

/** US chronological "functional/hybrid" résumé: capability groups first, short employment history after. */
function functional(p: Person): string {
  const all = p.jobs.flatMap((j) => j.bullets.map((b) => ({ b, c: j.company })));
  const half = Math.ceil(all.length / 2);
  const groups: [string, typeof all][] = [['Design & Technical Delivery', all.slice(half)], ['Project & Contract Leadership', all.slice(0, half)]];
  const css = `body { font-family: ${SANS}; font-size: 10.2pt; color: #222; line-height: 1.35; }
  h1 { text-align: center; font-size: 22pt; letter-spacing: 2px; margin: 0; text-transform: uppercase; }
  .sub { text-align: center; font-size: 11pt; color: #555; margin: 2px 0 4px; }
  .contact { text-align: center; font-size: 9.5pt; border-bottom: 2px solid #333; padding-bottom: 6px; }
  h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; border-bottom: 1px solid #999; margin: 12px 0 5px; padding-bottom: 2px; break-after: avoid; }
  h3 { font-size: 10.2pt; margin: 6px 0 2px; } ul { margin: 2px 0 4px 18px; padding: 0; } li { margin: 1px 0; }
  .comp { columns: 3; column-gap: 16px; list-style: square; margin-left: 16px; }
  .hist div { display: flex; justify-content: space-between; margin: 2px 0; } .note { font-style: italic; color: #555; }
  .c { color: #666; font-size: 9pt; }`;
  const body = `<h1>${esc(p.name)}</h1><div class="sub">${esc(p.headline)}</div>
  <div class="contact">${esc(p.address)} | ${esc(p.phoneLocal)} | ${esc(p.email)}</div>
  <h2>Professional Profile</h2><p style="margin:3px 0">${esc(p.summary)}</p>
  <h2>Core Competencies</h2><ul class="comp">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Selected Achievements</h2>${groups.map(([g, items]) => `<h3>${g}</h3><ul>${items.map((x) => `<li>${esc(x.b)} <span class="c">(${esc(x.c)})</span></li>`).join('')}</ul>`).join('')}
  <h2>Employment History</h2><div class="hist">${p.jobs.map((j) => `<div><span><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town ?? '')}</span><span>${rng(j, 'MMM YYYY')}</span></div>`).join('')}
  ${p.breakNote ? `<div class="note"><span>${esc(p.breakNote.text)}</span><span>${rng(p.breakNote, 'MMM YYYY')}</span></div>` : ''}</div>
  <h2>Education</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b> — ${esc(e.school)}, ${esc(e.town ?? '')} (${e.end.slice(0, 4)})</div>`).join('')}
  <h2>Professional Registration</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p style="margin:3px 0">${p.languages.map(esc).join(' · ')}</p>
  <h2>References</h2><p style="margin:3px 0">Available on request.</p>`;
  return html('en', css, body);
}

/** Academic CV (US/UK faculty convention): running header and page numbers, dates in a hanging column. */
function academic(p: Person): string {
  const zhName = p.altName ? `${p.altName} (${p.name})` : p.name;
  const css = `@page { @top-right { content: "${esc(p.altName ?? p.name)} — Curriculum Vitae"; font: italic 8.5pt ${SERIF}; color: #555; }
    @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8.5pt ${SERIF}; color: #555; } }
  @page :first { @top-right { content: none; } }
  body { font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.35; color: #111; }
  h1 { font-size: 20pt; font-weight: normal; margin: 0 0 2px; } .contact { display: flex; justify-content: space-between; font-size: 9.5pt; border-bottom: 1px solid #000; padding-bottom: 6px; }
  h2 { font-size: 11.5pt; font-variant: small-caps; letter-spacing: .5px; margin: 14px 0 5px; border-bottom: .5px solid #888; }
  .row { display: grid; grid-template-columns: 34mm 1fr; column-gap: 4mm; margin: 3px 0; break-inside: avoid; }
  .row .dt { color: #333; } .row i { color: #333; } ol { margin: 2px 0 0 20px; padding: 0; } ol li { margin: 3px 0; }
  ul { margin: 2px 0 0 18px; padding: 0; }`;
  const appts = p.jobs.map((j) => `<div class="row"><div class="dt">${rng(j, 'MM/YYYY', ' – ', 'present')}</div><div><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town ?? '')}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('');
  const edu = p.education.map((e) => `<div class="row"><div class="dt">${e.end.slice(0, 4)}</div><div><b>${esc(e.degree)}</b>, ${esc(e.school)}${e.town ? `, ${esc(e.town)}` : ''}${e.note ? `<br><i>${esc(e.note)}</i>` : ''}</div></div>`).join('');
  const extras = (p.extras ?? []).map((x) => `<h2>${esc(x.heading)}</h2>${x.heading.includes('Publications') ? `<ol>${x.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>` : `<ul>${x.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`}`).join('');
  const body = `<h1>${esc(zhName)}</h1><div style="font-size:11pt;margin-bottom:4px">${esc(p.headline)}</div>
  <div class="contact"><div>${esc(p.address)}</div><div style="text-align:right">${esc(p.phoneLocal.startsWith('1') ? '+86 ' + p.phoneLocal : p.phoneLocal)}<br>${esc(p.email)}</div></div>
  <h2>Research Interests</h2><p style="margin:3px 0">${esc(p.summary)}</p>
  <h2>Education</h2>${edu}
  <h2>Academic and Professional Appointments</h2>${appts}
  ${extras}
  <h2>Technical Skills</h2><p style="margin:3px 0">${sk(p).map(esc).join(', ')}</p>
  <h2>Languages</h2><p style="margin:3px 0">${p.languages.map(esc).join('; ')}</p>
  ${p.certificates.length ? `<h2>Certifications</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}`;
  return html('en', css, body);
}

/** Executive CV (Australian/UK board-level convention): small caps, career history with company first, confidential footer. */
function executive(p: Person): string {
  const css = `@page { @bottom-left { content: "${esc(p.name)} | Executive CV"; font: 8pt ${SERIF}; color: #777; } @bottom-right { content: "Strictly confidential — " counter(page); font: 8pt ${SERIF}; color: #777; } }
  body { font-family: ${SERIF}; font-size: 10.5pt; color: #1b1b1b; line-height: 1.38; }
  h1 { font-variant: small-caps; font-size: 24pt; letter-spacing: 3px; text-align: center; margin: 0; font-weight: normal; }
  .hl { text-align: center; font-variant: small-caps; letter-spacing: 1.5px; color: #5a4a2a; font-size: 11.5pt; }
  .contact { text-align: center; font-size: 9.5pt; margin: 4px 0 0; padding: 5px 0; border-top: 3px double #5a4a2a; border-bottom: 3px double #5a4a2a; }
  h2 { font-variant: small-caps; font-size: 13pt; letter-spacing: 1.5px; color: #5a4a2a; margin: 14px 0 4px; font-weight: normal; border-bottom: .6px solid #5a4a2a; }
  .co { display: flex; justify-content: space-between; margin-top: 8px; } .co b { font-variant: small-caps; font-size: 11.5pt; letter-spacing: .5px; }
  .role { display: flex; justify-content: space-between; font-style: italic; } ul { margin: 2px 0 4px 18px; padding: 0; }
  .exp { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 18px; margin: 2px 0 0 0; padding: 0; list-style: none; } .exp li::before { content: "▪ "; color: #5a4a2a; }`;
  const hist = p.jobs.map((j) => `<div class="co"><b>${esc(j.company)}</b><span>${esc(j.town ?? '')}, ${esc(p.country)}</span></div><div class="role"><span>${esc(j.title)}</span><span>${rng(j, 'MMMM YYYY', ' – ', 'present')}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('');
  const body = `<h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="contact">${esc(p.address)} &nbsp;•&nbsp; Mobile ${esc(p.phoneLocal)} &nbsp;•&nbsp; ${esc(p.email)}</div>
  <h2>Executive Profile</h2><p style="margin:3px 0">${esc(p.summary)}</p>
  <h2>Areas of Expertise</h2><ul class="exp">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Career History</h2>${hist}
  ${(p.extras ?? []).map((x) => `<h2>${esc(x.heading)}</h2><ul>${x.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`).join('')}
  <h2>Education &amp; Professional Memberships</h2><ul>${p.education.map((e) => `<li>${esc(e.degree)}, ${esc(e.school)} (${e.end.slice(0, 4)})</li>`).join('')}${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p style="margin:2px 0">${p.languages.map(esc).join(' · ')}</p>`;
  return html('en', css, body);
}

/** Graduate résumé (US campus-recruiting convention): education first, title — employer, dates right. */
function graduate(p: Person): string {
  const css = `body { font-family: ${SANS}; font-size: 10.3pt; line-height: 1.33; color: #111; }
  h1 { font-size: 21pt; margin: 0; color: #0b3d6b; } .contact { font-size: 9.5pt; margin: 3px 0 6px; color: #333; }
  h2 { font-size: 10.5pt; color: #0b3d6b; text-transform: uppercase; letter-spacing: 1.2px; margin: 12px 0 4px; padding-bottom: 2px; border-bottom: 1.5px solid #0b3d6b; }
  .l { display: flex; justify-content: space-between; margin-top: 6px; } .l span:last-child { white-space: nowrap; padding-left: 10px; }
  ul { margin: 2px 0 2px 18px; padding: 0; } li { margin: 1px 0; } .k b { display: inline-block; width: 86px; }`;
  const zhName = p.altName ? `${p.altName} <span style="font-weight:normal;color:#444">${esc(p.name)}</span>` : esc(p.name);
  const body = `<h1>${zhName}</h1><div class="contact">${esc(p.address)} &nbsp;|&nbsp; ${esc(p.language === 'en' ? p.phoneLocal : '+86 ' + p.phoneLocal)} &nbsp;|&nbsp; ${esc(p.email)}${p.website ? ` &nbsp;|&nbsp; ${esc(p.website)}` : ''}</div>
  <h2>Education</h2>${p.education.map((e) => `<div class="l"><span><b>${esc(e.school)}</b>${e.town ? `, ${esc(e.town)}` : ''}</span><span>${d(e.start, 'MMM YYYY')} – ${d(e.end, 'MMM YYYY')}</span></div><div>${esc(e.degree)}${e.note ? `; ${esc(e.note)}` : ''}</div>`).join('')}
  <h2>Experience</h2>${p.jobs.map((j) => `<div class="l"><span><b>${esc(j.title)}</b> — ${esc(j.company)}, ${esc(j.town ?? '')}</span><span>${rng(j, 'MMM YYYY')}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
  ${(p.extras ?? []).map((x) => `<h2>${esc(x.heading)}</h2><ul>${x.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`).join('')}
  <h2>Skills &amp; Languages</h2><div class="k"><b>Skills:</b> ${sk(p).map(esc).join(', ')}</div><div class="k"><b>Languages:</b> ${p.languages.map(esc).join(', ')}</div>`;
  return html('en', css, body);
}

/** One-page consulting / banking résumé (employer bold left, city right; several roles under one employer). */
function consulting(p: Person): string {
  const css = `body { font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.3; color: #000; }
  h1 { text-align: center; font-size: 16pt; margin: 0; text-transform: uppercase; letter-spacing: 1px; }
  .contact { text-align: center; font-size: 10pt; margin-bottom: 4px; }
  h2 { font-size: 10.5pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 10px 0 3px; }
  .l { display: flex; justify-content: space-between; } .l.t { font-style: italic; margin-top: 1px; }
  .e { margin-top: 6px; } ul { margin: 1px 0 2px 20px; padding: 0; } li { margin: 0; }`;
  const nm = p.altName ? `${esc(p.altName.toUpperCase())} (${esc(p.name)})` : esc(p.name);
  const phone = p.language === 'en' ? p.phoneLocal : p.phone.startsWith('+852') ? `+852 ${p.phoneLocal}` : `+86 ${p.phoneLocal}`;
  const body = `<h1>${nm}</h1><div class="contact">${esc(p.address)} • ${esc(phone)} • ${esc(p.email)}</div>
  <h2>Education</h2>${p.education.map((e) => `<div class="e"><div class="l"><b>${esc(e.school)}</b><span>${esc(e.town ?? p.city)}</span></div><div class="l t"><span>${esc(e.degree)}</span><span>${MONTH[Number(e.end.slice(5, 7)) - 1]} ${e.end.slice(0, 4)}</span></div>${e.note ? `<ul><li>${esc(e.note)}</li></ul>` : ''}</div>`).join('')}
  <h2>Work Experience</h2>${byEmployer(p.jobs).map((g) => `<div class="e"><div class="l"><b>${esc(g.company)}</b><span>${esc(g.town ?? '')}</span></div>${g.roles.map((j) => `<div class="l t"><span>${esc(j.title)}</span><span>${rng(j, 'MMMM YYYY')}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}</div>`).join('')}
  <h2>Additional Information</h2><ul>
  <li><b>Skills:</b> ${sk(p).map(esc).join(', ')}</li>
  <li><b>Languages:</b> ${p.languages.map(esc).join(', ')}</li>
  ${p.certificates.length ? `<li><b>Certifications:</b> ${p.certificates.map(esc).join('; ')}</li>` : ''}
  ${(p.extras ?? []).flatMap((x) => x.items).slice(0, 2).map((i) => `<li><b>Interests &amp; Activities:</b> ${esc(i)}</li>`).slice(0, 1).join('')}</ul>`;
  return html('en', css, body);
}

/** Canadian physician CV: credentials after the name, dates left (YYYY/MM), licensure first. */
function medical(p: Person): string {
  const css = `@page { @bottom-right { content: "${esc(p.name)} — CV — " counter(page); font: 8.5pt ${SANS}; color: #666; } }
  body { font-family: ${SANS}; font-size: 10pt; line-height: 1.38; color: #1a1a1a; }
  .top { text-align: center; } .top .cv { font-size: 10pt; letter-spacing: 4px; color: #555; } .top h1 { font-size: 19pt; margin: 2px 0; }
  .top .c { font-size: 9.5pt; } h2 { font-size: 10.5pt; text-transform: uppercase; background: #e8eef3; padding: 2px 6px; margin: 12px 0 5px; border-left: 4px solid #2a5d84; }
  .r { display: grid; grid-template-columns: 40mm 1fr; column-gap: 3mm; margin: 4px 0; } ul { margin: 1px 0 0 16px; padding: 0; }`;
  const body = `<div class="top"><div class="cv">CURRICULUM VITAE</div><h1>${esc(p.name)}, MD, CCFP</h1><div class="c">${esc(p.address)}<br>Cell: ${esc(p.phoneLocal)} · Email: ${esc(p.email)}</div></div>
  <h2>Licensure and Certification</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Professional Experience</h2>${p.jobs.map((j) => `<div class="r"><div>${rng(j, 'YYYY/MM', ' – ', 'present')}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.town ?? '')}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>Postgraduate Training and Education</h2>${p.education.map((e) => `<div class="r"><div>${d(e.start, 'YYYY/MM')} – ${d(e.end, 'YYYY/MM')}</div><div><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${esc(e.town ?? '')}</div></div>`).join('')}
  ${(p.extras ?? []).map((x) => `<h2>${esc(x.heading)}</h2><ul>${x.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`).join('')}
  <h2>Clinical Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Languages</h2><p style="margin:2px 0">${p.languages.map(esc).join(', ')}</p>
  <h2>References</h2><p style="margin:2px 0">Available upon request.</p>`;
  return html('en', css, body);
}

/** Chinese single-column "简约" résumé: header with photo, icon contact row, coloured section bars. */
function zhChrono(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body { font-family: ${mixed ? SANS : ZH}; font-size: 10pt; line-height: 1.5; color: #333; }
  .hd { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #2b6cb0; padding-bottom: 8px; }
  .hd h1 { font-size: 24pt; margin: 0; color: #1f4e79; letter-spacing: 2px; } .hd .alt { font-size: 12pt; color: #666; margin-left: 8px; font-weight: normal; letter-spacing: 0; }
  .hd .goal { font-size: 11pt; margin: 2px 0 6px; } .info { display: grid; grid-template-columns: auto auto; gap: 2px 28px; font-size: 9.5pt; }
  .ic { font-family: ${ICON}; color: #2b6cb0; margin-right: 4px; }
  .photo { width: 25mm; height: 32mm; border: 1px solid #bbb; background: radial-gradient(circle at 50% 38%, #c9d3dd 0 22%, transparent 23%), radial-gradient(ellipse at 50% 105%, #c9d3dd 0 45%, transparent 46%), #eef2f5; }
  h2 { font-size: 11.5pt; color: #fff; background: #2b6cb0; display: inline-block; padding: 1px 14px 1px 8px; margin: 14px 0 4px; clip-path: polygon(0 0, 92% 0, 100% 100%, 0 100%); }
  .bar { border-bottom: 1px solid #2b6cb0; margin-bottom: 5px; } .job { margin-top: 6px; }
  .job .l { display: grid; grid-template-columns: 1fr 38mm 36mm; font-weight: bold; } .job .l span:last-child { text-align: right; font-weight: normal; color: #555; }
  ul { margin: 2px 0 0 18px; padding: 0; } .tags span { display: inline-block; border: 1px solid #9cb8d6; border-radius: 3px; padding: 0 6px; margin: 2px 4px 2px 0; background: #f1f6fb; }`;
  const info = [
    ['☎', p.phoneLocal], ['✉', p.email], ['⌂', p.city], ['♦', `${p.gender ?? ''} | ${p.born ? d(p.born, 'YYYY.MM') + ' 生' : ''}`],
  ];
  const sec = (t: string) => `<h2>${t}</h2><div class="bar"></div>`;
  const body = `<div class="hd"><div><h1>${esc(p.name)}${p.altName ? `<span class="alt">${esc(p.altName)}</span>` : ''}</h1><div class="goal">求职意向：${esc(headline(p, true))}　|　期望城市：${esc(p.city === 'Hong Kong' ? '香港 / 深圳' : p.city === 'Shanghai' ? '上海' : p.city)}</div>
  <div class="info">${info.map(([i, t]) => `<div><span class="ic">${i}</span>${esc(t)}</div>`).join('')}</div></div><div class="photo"></div></div>
  ${sec('个人优势')}<p style="margin:2px 0">${esc(p.summary)}</p>
  ${sec('工作经历')}${p.jobs.map((j) => `<div class="job"><div class="l"><span>${esc(j.company)}</span><span>${esc(title(p, j, true))}</span><span>${rng(j, 'YYYY.MM', ' - ', '至今')}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
  ${p.breakNote ? `<p style="margin:4px 0;color:#777">${rng(p.breakNote, 'YYYY.MM', ' - ')}　${esc(p.breakNote.text)}</p>` : ''}
  ${sec('教育经历')}${p.education.map((e) => `<div class="job"><div class="l"><span>${esc(e.school)}</span><span>${esc(e.degree)}</span><span>${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</span></div></div>`).join('')}
  ${sec('专业技能')}<div class="tags">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  ${sec('证书 / 语言')}<p style="margin:2px 0">${[...p.certificates, ...p.languages].map(esc).join('；')}</p>`;
  return html('zh-CN', css, body);
}

/** NSFC-style 简历 (国家自然科学基金 申请书 简历 convention): numbered blocks, "YYYY/MM-YYYY/MM，单位，职称" lines. */
function zhAcademic(p: Person): string {
  const css = `body { font-family: ${ZH}; font-size: 10.5pt; line-height: 1.75; color: #000; }
  h1 { text-align: center; font-size: 16pt; margin: 0 0 8px; letter-spacing: 4px; } .b { font-weight: bold; margin-top: 10px; }
  p { margin: 0; text-indent: 0; } .it { padding-left: 2em; text-indent: -2em; }
  .foot { margin-top: 18px; border-top: 1px solid #000; padding-top: 4px; font-size: 9.5pt; }`;
  const jobs = p.jobs.map((j, i) => `<p class="it">（${i + 1}）${d(j.start, 'YYYY/MM')}-${j.end ? d(j.end, 'YYYY/MM') : '至今'}，${esc(j.company)}，${esc(j.title)}</p>`).join('');
  const edu = p.education.map((e, i) => `<p class="it">（${i + 1}）${d(e.start, 'YYYY/MM')}-${d(e.end, 'YYYY/MM')}，${esc(e.school)}，${esc(e.degree.replace(/ /g, '，'))}</p>`).join('');
  const ex = (p.extras ?? []);
  const body = `<h1>${esc(p.name)} 简历</h1>
  <p>${esc(p.name)}，${p.gender}，${p.born ? d(p.born, 'YYYY年M月') + '生' : ''}，${esc(p.jobs[0].company)}，${esc(p.jobs[0].title)}，博士生导师。</p>
  <p>通讯地址：${esc(p.address)}　电话：${esc(p.phoneLocal)}　电子邮箱：${esc(p.email)}</p>
  <p class="b">教育经历（从大学本科开始，按时间倒序排序）：</p>${edu}
  <p class="b">科研与学术工作经历（按时间倒序排序）：</p>${jobs}
  ${ex.map((x, i) => `<p class="b">${esc(x.heading)}：</p>${x.items.map((t, k) => `<p class="it">${k + 1}. ${esc(t)}</p>`).join('')}`).join('')}
  <p class="b">研究方法与技能：</p><p>${sk(p).map(esc).join('、')}</p>
  <p class="b">外语水平：</p><p>${p.languages.map(esc).join('；')}</p>
  <div class="foot">本人承诺以上信息真实、准确。　　　　签字：____________　　　日期：2026年　　月　　日</div>`;
  return html('zh-CN', css, body);
}

/** Two equal newspaper columns under a full-width masthead (InDesign-style two-column CV). */
function newspaper(p: Person): string {
  const css = `body { font-family: ${SERIF}; font-size: 9.8pt; line-height: 1.36; color: #222; }
  .mast { border-top: 4px solid #222; border-bottom: 1px solid #222; padding: 6px 0; margin-bottom: 8px; display: flex; justify-content: space-between; align-items: flex-end; }
  .mast h1 { font-size: 25pt; margin: 0; font-weight: normal; letter-spacing: 1px; } .mast .t { font-style: italic; font-size: 11pt; }
  .mast .c { text-align: right; font-size: 9pt; font-family: ${SANS}; }
  .cols { column-count: 2; column-gap: 9mm; column-rule: .5px solid #999; }
  h2 { font-family: ${SANS}; font-size: 9.5pt; text-transform: uppercase; letter-spacing: 2px; margin: 0 0 4px; padding-top: 6px; border-top: 1px solid #222; break-after: avoid; }
  section { margin-bottom: 8px; } .j { break-inside: avoid; margin-bottom: 7px; } .j .m { font-family: ${SANS}; font-size: 8.6pt; color: #555; text-transform: uppercase; letter-spacing: .5px; }
  ul { margin: 1px 0 0 14px; padding: 0; } p { margin: 0 0 4px; }`;
  const nm = p.altName ? `${esc(p.name)} <span style="font-size:15pt">${esc(p.altName)}</span>` : esc(p.name);
  const phone = p.language === 'en' ? p.phoneLocal : `+86 ${p.phoneLocal}`;
  const body = `<div class="mast"><div><h1>${nm}</h1><div class="t">${esc(p.headline)}</div></div><div class="c">${esc(p.address)}<br>${esc(phone)}<br>${esc(p.email)}${p.website ? `<br>${esc(p.website)}` : ''}</div></div>
  <div class="cols">
  <section><h2>Profile</h2><p>${esc(p.summary)}</p></section>
  <section><h2>Experience</h2>${p.jobs.map((j) => `<div class="j"><div class="m">${rng(j, 'MMM YYYY', ' — ')} · ${esc(j.town ?? '')}</div><b>${esc(j.title)}</b><br><i>${esc(j.company)}</i><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</section>
  <section><h2>Education</h2>${p.education.map((e) => `<div class="j"><div class="m">${d(e.start, 'MMM YYYY')} — ${d(e.end, 'MMM YYYY')}</div><b>${esc(e.degree)}</b><br><i>${esc(e.school)}</i></div>`).join('')}</section>
  <section><h2>Skills</h2><p>${sk(p).map(esc).join(' · ')}</p></section>
  ${p.certificates.length ? `<section><h2>Certifications</h2>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}</section>` : ''}
  <section><h2>Languages</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}</section>
  </div>`;
  return html('en', css, body);
}

/** Header band then two unequal panels: experience left, everything else right (builder-style two-column). */
function dualPanel(p: Person): string {
  const zh = p.language !== 'en';
  const L = zh ? { exp: '工作经历', prof: '个人简介', sk: '技能', edu: '教育背景', lang: '语言能力', cert: '资格证书', more: '其他' }
    : { exp: 'Experience', prof: 'Profile', sk: 'Skills', edu: 'Education', lang: 'Languages', cert: 'Certifications', more: 'More' };
  const ds: DStyle = zh ? 'YYYY/MM' : 'MMM YYYY';
  const css = `body { font-family: ${zh ? ZH : SANS}; font-size: 9.6pt; line-height: 1.42; color: #2d2d2d; }
  .band { background: #243447; color: #fff; padding: 12px 16px; display: flex; justify-content: space-between; align-items: center; }
  .band h1 { margin: 0; font-size: 22pt; font-weight: bold; letter-spacing: 1px; } .band .t { color: #f2c14e; font-size: 11pt; }
  .band .c { font-size: 9pt; text-align: right; line-height: 1.55; }
  .grid { display: grid; grid-template-columns: 1fr 64mm; column-gap: 8mm; margin-top: 10px; }
  h2 { font-size: 11pt; color: #243447; margin: 10px 0 4px; padding-bottom: 2px; border-bottom: 2px solid #f2c14e; }
  .j { margin-bottom: 8px; break-inside: avoid; } .j .r { display: flex; justify-content: space-between; } .j .co { color: #5b6b7c; }
  ul { margin: 2px 0 0 15px; padding: 0; } .side p { margin: 0 0 3px; } .chips span { display: inline-block; background: #eef1f5; border-radius: 9px; padding: 0 7px; margin: 2px 3px 2px 0; }`;
  const ex = (p.extras ?? []);
  const sideExtra = ex.map((x) => `<h2>${esc(x.heading)}</h2>${x.items.slice(0, 3).map((i) => `<p>${esc(i)}</p>`).join('')}`).join('');
  const body = `<div class="band"><div><h1>${esc(p.name)}</h1><div class="t">${esc(p.headline)}</div></div><div class="c">${esc(p.phoneLocal)}<br>${esc(p.email)}<br>${esc(p.city)}${zh ? '' : `, ${esc(p.country)}`}</div></div>
  <div class="grid"><div>
  <h2>${L.exp}</h2>${p.jobs.map((j) => `<div class="j"><div class="r"><b>${esc(j.title)}</b><span>${rng(j, ds, ' – ', zh ? '至今' : 'Present')}</span></div><div class="co">${esc(j.company)}${j.town ? ` · ${esc(j.town)}` : ''}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
  ${p.breakNote ? `<p style="color:#777;margin:0">${rng(p.breakNote, ds, ' – ')}：${esc(p.breakNote.text)}</p>` : ''}
  </div><div class="side">
  <h2>${L.prof}</h2><p>${esc(p.summary)}</p>
  <h2>${L.sk}</h2><div class="chips">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>${L.edu}</h2>${p.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${d(e.start, ds)} – ${d(e.end, ds)}</p>`).join('')}
  <h2>${L.lang}</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
  ${p.certificates.length ? `<h2>${L.cert}</h2>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}` : ''}
  ${sideExtra}
  </div></div>`;
  return html(zh ? 'zh-CN' : 'en', css, body);
}

/** Chinese two-column card layout: 工作经历 card on the left, info/skills/education cards on the right. */
function zhCards(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body { font-family: ${mixed ? SANS : ZH}; font-size: 9.6pt; line-height: 1.5; color: #333; }
  .hd { text-align: center; padding: 6px 0 10px; } .hd h1 { margin: 0; font-size: 22pt; color: #0f766e; letter-spacing: 3px; } .hd .g { color: #555; font-size: 10.5pt; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start; }
  .card { border: 1px solid #cfe3e1; border-radius: 6px; padding: 6px 10px 8px; margin-bottom: 5mm; break-inside: avoid; }
  .card h2 { font-size: 11pt; color: #0f766e; margin: 0 0 4px; padding-bottom: 2px; border-bottom: 1px dashed #9cc9c4; }
  .j { margin-bottom: 7px; } .j .t { font-weight: bold; } .j .m { color: #666; font-size: 9pt; } ul { margin: 2px 0 0 15px; padding: 0; }
  table { border-collapse: collapse; width: 100%; } td { padding: 1px 2px; vertical-align: top; } td:first-child { color: #777; white-space: nowrap; width: 18mm; }`;
  const phone = `+86 ${p.phoneLocal}`;
  const body = `<div class="hd"><h1>${esc(p.name)}</h1>${p.altName ? `<div class="g">${esc(p.altName)}</div>` : ''}<div class="g">${esc(headline(p, true))}</div></div>
  <div class="grid"><div>
  <div class="card"><h2>工作经历</h2>${p.jobs.map((j) => `<div class="j"><div class="t">${esc(j.company)}</div><div class="m">${esc(title(p, j, true))}　${rng(j, 'YYYY年M月', ' — ', '至今')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</div>
  </div><div>
  <div class="card"><h2>基本信息</h2><table>
  <tr><td>性别</td><td>${p.gender ?? ''}</td></tr><tr><td>出生年月</td><td>${p.born ? d(p.born, 'YYYY年M月') : ''}</td></tr>
  <tr><td>手机</td><td>${esc(phone)}</td></tr><tr><td>邮箱</td><td>${esc(p.email)}</td></tr><tr><td>现居地</td><td>${esc(p.address)}</td></tr></table></div>
  <div class="card"><h2>专业技能</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul></div>
  <div class="card"><h2>教育背景</h2>${p.education.map((e) => `<div class="j"><div class="t">${esc(e.school)}</div><div class="m">${esc(e.degree)}　${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}</div></div>`).join('')}</div>
  <div class="card"><h2>语言 / 证书</h2><ul>${[...p.languages, ...p.certificates].map((s) => `<li>${esc(s)}</li>`).join('')}</ul></div>
  <div class="card"><h2>自我评价</h2><p style="margin:0">${esc(p.summary)}</p></div>
  </div></div>`;
  return html('zh-CN', css, body);
}

/** IT-consultancy consultant profile (bid/CV pack): personal table, skills matrix, employment table, project tables. */
function consultantProfile(p: Person): string {
  const firm = p.id === 'p05' ? 'Carrow & Finch Consulting' : p.id === 'p14' ? 'Orbitex Technologies' : 'Harbourline Logistics';
  const years = (first: string) => Math.max(1, 2026 - Number(first.slice(0, 4)));
  const lv = ['Expert', 'Expert', 'Advanced', 'Advanced', 'Advanced', 'Intermediate', 'Intermediate', 'Intermediate'];
  const css = `@page { @top-right { content: "CONSULTANT PROFILE — CONFIDENTIAL"; font: 7.5pt ${SANS}; color: #888; } @bottom-center { content: "Page " counter(page) " / " counter(pages); font: 7.5pt ${SANS}; color: #888; } }
  body { font-family: ${SANS}; font-size: 9.4pt; line-height: 1.35; color: #222; }
  .top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #6d28d9; padding-bottom: 5px; }
  .top h1 { margin: 0; font-size: 18pt; } .top .f { font-weight: bold; color: #6d28d9; font-size: 10pt; }
  h2 { font-size: 10pt; background: #6d28d9; color: #fff; padding: 2px 6px; margin: 12px 0 0; break-after: avoid; }
  table { width: 100%; border-collapse: collapse; } td, th { border: 1px solid #b9b3c9; padding: 3px 5px; vertical-align: top; text-align: left; }
  th { background: #efeaf8; font-weight: bold; } td.k { background: #f7f5fb; width: 38mm; font-weight: bold; } .proj { margin-top: 6px; break-inside: avoid; }`;
  const nm = p.altName ? `${p.name} (${p.altName})` : p.name;
  const firstYear = p.jobs[p.jobs.length - 1].start;
  const body = `<div class="top"><div><div class="f">${esc(firm)} · Resourcing</div><h1>Consultant Profile</h1></div><div style="font-size:8.5pt;text-align:right">Version 3.2<br>Prepared ${d('2026-09', 'MMMM YYYY')}</div></div>
  <h2>1. Personal details</h2><table>
  <tr><td class="k">Name</td><td>${esc(nm)}</td><td class="k">Proposed role</td><td>${esc(p.headline)}</td></tr>
  <tr><td class="k">Mobile</td><td>${esc(intl(p))}</td><td class="k">E-mail</td><td>${esc(p.email)}</td></tr>
  <tr><td class="k">Base location</td><td>${esc(p.city)}</td><td class="k">Availability</td><td>4 weeks' notice</td></tr>
  <tr><td class="k">Languages</td><td colspan="3">${p.languages.map(esc).join(', ')}</td></tr></table>
  <h2>2. Summary</h2><table><tr><td>${esc(p.summary)}</td></tr></table>
  <h2>3. Skills matrix</h2><table><tr><th>Skill / tool</th><th>Level</th><th>Years</th><th>Last used</th></tr>
  ${sk(p).map((s, i) => `<tr><td>${esc(s)}</td><td>${lv[i] ?? 'Intermediate'}</td><td>${Math.max(1, years(firstYear) - i)}</td><td>${i < 4 ? 'Current' : '2025'}</td></tr>`).join('')}</table>
  <h2>4. Employment history</h2><table><tr><th style="width:20mm">From</th><th style="width:20mm">To</th><th>Employer</th><th>Position</th></tr>
  ${p.jobs.map((j) => `<tr><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'Present'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr>`).join('')}</table>
  <h2>5. Relevant project experience</h2>${p.jobs.slice(0, 3).map((j) => `<table class="proj"><tr><td class="k">Organisation</td><td>${esc(j.company)}</td><td class="k">Period</td><td>${rng(j, 'MM/YYYY', ' – ')}</td></tr>
  <tr><td class="k">Role</td><td colspan="3">${esc(j.title)}</td></tr><tr><td class="k">Description</td><td colspan="3">${j.bullets.map(esc).join(' ')}</td></tr></table>`).join('')}
  <h2>6. Education and certifications</h2><table><tr><th>Institution</th><th>Qualification</th><th style="width:22mm">Completed</th></tr>
  ${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.end, 'MM/YYYY')}</td></tr>`).join('')}
  ${p.certificates.map((c) => `<tr><td>—</td><td>${esc(c)}</td><td></td></tr>`).join('')}</table>`;
  return html('en', css, body);
}

/** Construction tender returnable schedule: CV of key personnel, with certification and signature. */
function tender(p: Person): string {
  const sa = p.country === 'South Africa';
  const form = sa ? 'T2.2-9: Curriculum Vitae of Key Persons' : 'Tender Return Form 6 — Key Personnel Curriculum Vitae';
  const proj = sa ? 'Contract No. GDRT/2026/114: Rehabilitation of Road D1884 (Km 0 to Km 17.4)' : 'Contract WYC-26-031: Holbeck Primary School Extension — M&E Package';
  const pos = sa ? 'Contracts Manager / Resident Engineer' : 'Electrical Site Supervisor';
  const css = `@page { @top-left { content: "${esc(proj)}"; font: 7.5pt ${SANS}; color: #444; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt ${SANS}; } @bottom-left { content: "Returnable schedule — tenderer's initials: ______"; font: 7.5pt ${SANS}; } }
  body { font-family: ${SANS}; font-size: 9.4pt; line-height: 1.3; color: #000; }
  h1 { font-size: 12pt; text-align: center; margin: 0 0 2px; text-transform: uppercase; } .sub { text-align: center; font-size: 9pt; margin-bottom: 8px; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 8px; } td, th { border: 1px solid #000; padding: 3px 5px; vertical-align: top; text-align: left; }
  th { background: #d9d9d9; } td.k { width: 52mm; background: #f2f2f2; } .sec { font-weight: bold; background: #bfbfbf; }
  .sig { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 30px; margin-top: 14px; } .sig div { border-top: 1px solid #000; padding-top: 2px; font-size: 8.5pt; margin-top: 22px; }`;
  const body = `<h1>${esc(form)}</h1><div class="sub">To be completed for each key person proposed. Attach copies of registration certificates.</div>
  <table><tr><td class="sec" colspan="2">A. Particulars</td></tr>
  <tr><td class="k">Proposed position</td><td>${pos}</td></tr>
  <tr><td class="k">Name of key person</td><td>${esc(p.name)}</td></tr>
  <tr><td class="k">Date of birth</td><td>${p.born ? d(p.born, 'MMMM YYYY') : ''}</td></tr>
  <tr><td class="k">Nationality</td><td>${esc(p.nationality ?? 'British')}</td></tr>
  <tr><td class="k">Professional registration / cards</td><td>${esc(p.certificates[0])}</td></tr>
  <tr><td class="k">Telephone (mobile)</td><td>${esc(p.phoneLocal)}</td></tr>
  <tr><td class="k">E-mail</td><td>${esc(p.email)}</td></tr>
  <tr><td class="k">Current employer</td><td>${esc(p.jobs[0].company)}</td></tr></table>
  <table><tr><td class="sec">B. Key qualifications and experience summary</td></tr><tr><td>${esc(p.summary)}</td></tr></table>
  <table><tr><td class="sec" colspan="3">C. Education and training</td></tr><tr><th>Institution</th><th>Qualification</th><th style="width:28mm">Period</th></tr>
  ${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="4">D. Employment record (most recent first)</td></tr><tr><th style="width:20mm">From</th><th style="width:20mm">To</th><th>Employer</th><th>Position held</th></tr>
  ${p.jobs.map((j) => `<tr><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'To date'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="3">E. Relevant experience on similar contracts</td></tr><tr><th>Employer / project</th><th>Role and duties</th><th style="width:28mm">Period</th></tr>
  ${p.jobs.slice(0, 3).map((j) => `<tr><td>${esc(j.company)}</td><td>${j.bullets.map(esc).join(' ')}</td><td>${rng(j, 'MM/YYYY', ' – ', 'to date')}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="2">F. Other information</td></tr>
  <tr><td class="k">Technical skills / software</td><td>${sk(p).map(esc).join('; ')}</td></tr>
  <tr><td class="k">Other certificates and licences</td><td>${p.certificates.slice(1).map(esc).join('; ')}</td></tr>
  <tr><td class="k">Languages</td><td>${p.languages.map(esc).join('; ')}</td></tr></table>
  <p style="font-size:8.8pt"><b>Certification:</b> I, the undersigned, certify that to the best of my knowledge and belief this CV correctly describes me, my qualifications and my experience, and that I am available to undertake the assignment for the duration of the contract.</p>
  <div class="sig"><div>Signature of key person</div><div>Date</div><div>Signature of authorised representative of tenderer</div><div>Name of tenderer</div></div>`;
  return html('en', css, body);
}

/** 猎头候选人推荐报告: candidate table, consultant's assessment, role-by-role tables, consultant contact (not the candidate's). */
function headhunter(p: Person): string {
  const mixed = p.language === 'mixed';
  const firm = '瀚衡管理咨询（上海）有限公司';
  const consultant = { name: '钱晓蕾', phone: '021-5558 6632', mobile: '136 1185 0294' };
  const pos = { p09: '财务总监（华东区）', p11: '销售总监（西南区）', p16: 'CIO / 首席信息官' }[p.id] ?? '高级经理';
  const client = { p09: '某大型冷链仓储集团', p11: '某跨国医疗影像企业', p16: '某港资物流上市公司' }[p.id] ?? '某企业';
  const css = `@page { @top-left { content: "${firm} | 候选人推荐报告"; font: 7.5pt ${ZH}; color: #777; } @top-right { content: "CONFIDENTIAL"; font: 7.5pt ${SANS}; color: #b91c1c; } @bottom-center { content: counter(page) " / " counter(pages); font: 7.5pt ${SANS}; color: #777; } }
  body { font-family: ${mixed ? SANS : ZH}; font-size: 9.6pt; line-height: 1.5; color: #222; }
  h1 { text-align: center; font-size: 17pt; margin: 0 0 2px; letter-spacing: 3px; color: #7c2d12; } .sub { text-align: center; color: #555; margin-bottom: 8px; }
  h2 { font-size: 10.5pt; color: #7c2d12; border-left: 4px solid #7c2d12; padding-left: 6px; margin: 12px 0 4px; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 6px; break-inside: avoid; } td, th { border: 1px solid #c9b8ab; padding: 3px 6px; vertical-align: top; text-align: left; }
  td.k, th { background: #f8efe9; font-weight: bold; white-space: nowrap; width: 22mm; }`;
  const nm = p.altName ? `${p.name}（${p.altName}）` : p.name;
  const sal = { p09: '税前约48万元/年', p11: '税前约65万元/年（含提成）', p16: 'HK$1.6M / 年' }[p.id] ?? '';
  const body = `<h1>候选人推荐报告</h1><div class="sub">推荐职位：${esc(pos)}　|　客户：${esc(client)}　|　报告日期：2026年10月</div>
  <h2>一、候选人基本信息</h2><table>
  <tr><td class="k">姓名</td><td>${esc(nm)}</td><td class="k">性别</td><td>${p.gender}</td><td class="k">出生年月</td><td>${p.born ? d(p.born, 'YYYY.MM') : ''}</td></tr>
  <tr><td class="k">手机</td><td>${esc(p.phone.startsWith('+852') ? '+852 ' + p.phoneLocal : p.phoneLocal)}</td><td class="k">邮箱</td><td colspan="3">${esc(p.email)}</td></tr>
  <tr><td class="k">现居地</td><td>${esc(p.city === 'Hong Kong' ? '香港' : p.city)}</td><td class="k">最高学历</td><td colspan="3">${esc(p.education[0].school)}　${esc(p.education[0].degree)}</td></tr>
  <tr><td class="k">目前公司</td><td colspan="3">${esc(p.jobs[0].company)}</td><td class="k">目前职位</td><td>${esc(title(p, p.jobs[0], true))}</td></tr>
  <tr><td class="k">目前薪资</td><td colspan="3">${esc(sal)}</td><td class="k">到岗时间</td><td>1个月</td></tr></table>
  <h2>二、顾问推荐意见</h2><table><tr><td>${esc(p.summary)} 候选人沟通表达清晰，职业稳定性较好，对客户平台及职位有较强意愿。</td></tr></table>
  <h2>三、工作经历</h2>${p.jobs.map((j) => `<table><tr><td class="k">起止时间</td><td>${rng(j, 'YYYY.MM', ' - ', '至今')}</td><td class="k">公司名称</td><td>${esc(j.company)}</td></tr>
  <tr><td class="k">职位</td><td>${esc(title(p, j, true))}</td><td class="k">工作地点</td><td>${esc(j.town ?? '')}</td></tr>
  <tr><td class="k">职责与业绩</td><td colspan="3">${j.bullets.map((b, i) => `${i + 1}. ${esc(b)}`).join('<br>')}</td></tr></table>`).join('')}
  ${p.breakNote ? `<p style="margin:0 0 6px;color:#555">注：${rng(p.breakNote, 'YYYY.MM', ' - ')} ${esc(p.breakNote.text)}。</p>` : ''}
  <h2>四、教育背景</h2><table><tr><th>起止时间</th><th>学校</th><th>专业 / 学历</th></tr>${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>五、专业技能</h2><table><tr><td>${sk(p).map(esc).join('、')}</td></tr></table>
  <h2>六、证书与语言</h2><table><tr><td>${[...p.certificates, ...p.languages].map(esc).join('；')}</td></tr></table>
  <h2>七、顾问联系方式</h2><table><tr><td class="k">推荐顾问</td><td>${consultant.name}　高级顾问</td><td class="k">电话</td><td>${consultant.phone}　/　${consultant.mobile}</td></tr></table>
  <p style="font-size:8pt;color:#888">本报告仅供客户内部招聘使用，未经${firm}书面许可，请勿直接联系候选人或向第三方披露。</p>`;
  return html('zh-CN', css, body);
}

/** MBA 提前面试申请表 (Chinese business-school early-interview application): photo box, work table, declaration. */
function zhMba(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body { font-family: ${mixed ? SANS : ZH}; font-size: 9.8pt; line-height: 1.45; color: #000; }
  h1 { text-align: center; font-size: 15pt; margin: 0; letter-spacing: 2px; } .sub { text-align: center; font-size: 9pt; margin: 2px 0 8px; }
  table { width: 100%; border-collapse: collapse; } td, th { border: 1px solid #000; padding: 4px 5px; vertical-align: middle; text-align: left; }
  th, td.k { background: #f0f0f0; font-weight: normal; white-space: nowrap; } .sec { background: #d0d0d0; font-weight: bold; text-align: center; }
  .ph { width: 30mm; text-align: center; color: #888; font-size: 9pt; } .dec td { line-height: 1.7; }`;
  const nm = p.altName ? `${p.name}（${p.altName}）` : p.name;
  const body = `<h1>2027级MBA项目提前面试申请表</h1><div class="sub">申请批次：第三批　　申请方向：□全日制　☑非全日制（周末班）　　申请编号：MBA27-03-${p.id.slice(1)}17</div>
  <table>
  <tr><td class="sec" colspan="5">一、个人基本信息</td></tr>
  <tr><td class="k">姓　　名</td><td>${esc(nm)}</td><td class="k">性　　别</td><td>${p.gender}</td><td class="ph" rowspan="4">贴照片处<br>（近期免冠<br>彩色证件照）</td></tr>
  <tr><td class="k">出生年月</td><td>${p.born ? d(p.born, 'YYYY年M月') : ''}</td><td class="k">户籍所在地</td><td>${p.id === 'p12' ? '浙江湖州' : '广东广州'}</td></tr>
  <tr><td class="k">手机号码</td><td>${esc(p.phoneLocal)}</td><td class="k">电子邮箱</td><td>${esc(p.email)}</td></tr>
  <tr><td class="k">通讯地址</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><td class="k">现工作单位</td><td colspan="2">${esc(p.jobs[0].company)}</td><td class="k">现任职务</td><td>${esc(title(p, p.jobs[0], true))}</td></tr>
  </table>
  <table style="margin-top:-1px"><tr><td class="sec" colspan="4">二、教育背景（从本科填起）</td></tr>
  <tr><th>起止年月</th><th>院校名称</th><th>专业 / 学位</th><th>学习形式</th></tr>
  ${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>全日制</td></tr>`).join('')}</table>
  <table style="margin-top:-1px"><tr><td class="sec" colspan="5">三、工作经历（请按时间倒序填写，含实习）</td></tr>
  <tr><th style="width:30mm">起止年月</th><th>工作单位</th><th>职位</th><th style="width:16mm">下属人数</th><th>主要职责</th></tr>
  ${p.jobs.map((j, i) => `<tr><td>${d(j.start, 'YYYY.MM')}—${j.end ? d(j.end, 'YYYY.MM') : '至今'}</td><td>${esc(j.company)}</td><td>${esc(title(p, j, true))}</td><td>${[4, 0, 0, 0][i]}</td><td style="font-size:8.8pt">${esc(j.bullets[0])}</td></tr>`).join('')}</table>
  <table style="margin-top:-1px"><tr><td class="sec" colspan="2">四、专业技能与资质</td></tr>
  <tr><td class="k">职业技能</td><td>${sk(p).map(esc).join('、')}</td></tr>
  <tr><td class="k">外语水平</td><td>${p.languages.map(esc).join('；')}</td></tr>
  <tr><td class="k">资格证书</td><td>${p.certificates.length ? p.certificates.map(esc).join('；') : '无'}</td></tr></table>
  <table style="margin-top:-1px"><tr><td class="sec">五、申请人陈述（职业目标与攻读MBA的原因，300字以内）</td></tr><tr><td style="height:28mm;vertical-align:top">${esc(p.summary)} 希望通过系统学习管理知识，提升战略思维与团队领导能力，为承担更高层级的管理职责做好准备。</td></tr></table>
  <table class="dec" style="margin-top:-1px"><tr><td>本人郑重承诺：以上所填信息及所提交材料均真实、准确、完整，如有虚假，愿承担取消申请及录取资格的后果。<br><br>申请人签名：______________　　　　　　　　日期：2026年　　月　　日</td></tr></table>`;
  return html('zh-CN', css, body);
}

// ───────────────────────────── DOCX templates (Word, then LibreOffice) ─────────────────────────────
const TW = 9638; // text width in twips for A4 with 2 cm side margins
const A4 = { width: 11906, height: 16838 };
const run = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const para = (children: (TextRun | Tab)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, ...o });
const noBorder = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };
function cell(content: string | Paragraph[], o: { w?: number; span?: number; rowSpan?: number; fill?: string; bold?: boolean; center?: boolean; size?: number } = {}): TableCell {
  const ps = typeof content === 'string'
    ? content.split('\n').map((line) => para([run(line, { bold: o.bold, size: o.size })], { alignment: o.center ? AlignmentType.CENTER : undefined }))
    : content;
  return new TableCell({ children: ps, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span, rowSpan: o.rowSpan,
    shading: o.fill ? { fill: o.fill } : undefined, verticalAlign: VerticalAlign.CENTER, margins: { top: 50, bottom: 50, left: 90, right: 90 } });
}
function pageFooter(text: string, font?: string) {
  return new Footer({ children: [para([run(text + ' – Page ', { size: 16, color: '666666', font }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' })], { alignment: AlignmentType.CENTER })] });
}

/** ATS-friendly Word résumé: Word heading styles, a right-aligned tab stop for dates, real bullet paragraphs. */
function atsDocx(p: Person): Document {
  const mixed = p.language === 'mixed';
  const H = (t: string) => para([run(t)], { heading: HeadingLevel.HEADING_1 });
  const tabLine = (left: TextRun[], right: string) => para([...left, new TextRun({ children: [new Tab(), right] })], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], spacing: { before: 120 } });
  const phone = mixed ? `+86 ${p.phoneLocal}` : p.phoneLocal;
  const children: Paragraph[] = [
    para([run(p.altName ? `${p.altName} (${p.name})` : p.name)], { heading: HeadingLevel.TITLE }),
    para([run(`${p.city}, ${p.country} | ${phone} | ${p.email}${p.website ? ' | ' + p.website : ''}`)], { spacing: { after: 120 } }),
    H('Summary'), para(p.summary),
    H('Skills'), para(sk(p).join(', ')),
    H('Professional Experience'),
    ...p.jobs.flatMap((j) => [
      tabLine([run(j.title, { bold: true }), run(`, ${j.company}`, { bold: true }), run(j.town ? `, ${j.town}` : '')], rng(j, 'MM/YYYY', ' - ')),
      ...j.bullets.map((b) => para(b, { bullet: { level: 0 } })),
    ]),
    H('Education'),
    ...p.education.map((e) => tabLine([run(e.degree, { bold: true }), run(`, ${e.school}`)], `${d(e.start, 'MM/YYYY')} - ${d(e.end, 'MM/YYYY')}`)),
    ...(p.certificates.length ? [H('Certifications'), ...p.certificates.map((c) => para(c, { bullet: { level: 0 } }))] : []),
    H('Languages'), para(p.languages.join(', ')),
  ];
  return new Document({
    creator: p.altName ?? p.name, title: 'Resume',
    styles: {
      default: { document: { run: { font: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' }, size: 21 }, paragraph: { spacing: { after: 40 } } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 40, bold: true }, paragraph: { spacing: { after: 40 } } },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 24, bold: true, allCaps: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } } } },
      ],
    },
    sections: [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } } }, children }],
  });
}

/** UK trades CV in Word: centred header, tickets first, employment with dates on their own line, referees. */
function tradesDocx(p: Person): Document {
  const H = (t: string) => para([run(t.toUpperCase(), { bold: true, size: 23, color: 'C00000' })], { keepNext: true, spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.THICK, size: 12, color: 'C00000', space: 2 } } });
  const emp = p.jobs.flatMap((j, i) => {
    const out = [
      para([run(rng(j, 'MMM YYYY', ' – ', 'Present'), { bold: true })], { spacing: { before: 140 } }),
      para([run(j.company, { bold: true }), run(`, ${j.town}`), new TextRun({ children: [new Tab(), j.title], italics: true })], { tabStops: [{ type: TabStopType.RIGHT, position: TW }] }),
      ...j.bullets.map((b) => para(b, { bullet: { level: 0 } })),
    ];
    if (i === 0 && p.breakNote) out.push(para([run(rng(p.breakNote, 'MMM YYYY', ' – '), { bold: true }), run(`   ${p.breakNote.text}`, { italics: true })], { spacing: { before: 140 } }));
    return out;
  });
  const skillRows: TableRow[] = [];
  const s = sk(p);
  for (let i = 0; i < s.length; i += 2) skillRows.push(new TableRow({ children: [0, 1].map((k) => new TableCell({ borders: noBorder, width: { size: TW / 2, type: WidthType.DXA }, children: s[i + k] ? [para(s[i + k], { bullet: { level: 0 } })] : [para('')] })) }));
  const children = [
    para([run(p.name, { bold: true, size: 40 })], { alignment: AlignmentType.CENTER }),
    para([run('Qualified Electrician – JIB Approved – ECS Gold Card', { size: 22, color: '404040' })], { alignment: AlignmentType.CENTER }),
    para([run(`${p.address}  |  Mob: ${p.phoneLocal}  |  ${p.email}`, { size: 19 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    H('Personal Statement'), para(p.summary + ' Reliable, tidy on site and safety-first; happy to travel across Yorkshire and the North West.'),
    H('Tickets & Qualifications'), ...p.certificates.map((c) => para(c, { bullet: { level: 0 } })),
    H('Key Skills'), new Table({ rows: skillRows, width: { size: TW, type: WidthType.DXA }, columnWidths: [TW / 2, TW / 2], borders: { ...noBorder, insideHorizontal: noBorder.top, insideVertical: noBorder.top } }),
    H('Employment History'), ...emp,
    H('Education & Training'), ...p.education.map((e) => para([run(`${d(e.start, 'MMM YYYY')} – ${d(e.end, 'MMM YYYY')}`, { bold: true }), run(`   ${e.school}, ${e.town} – ${e.degree}`)])),
    H('Other'), para('Full UK driving licence (clean) – own van and tools. CSCS/ECS card holder. DBS checked (2025).'),
    H('References'),
    ...(p.referees ?? []).map((r) => para([run(r.name, { bold: true }), run(` – ${r.role}, Tel: ${r.phone}, ${r.email}`)])),
  ];
  return new Document({
    creator: p.name, title: `${p.name} CV`,
    styles: { default: { document: { run: { font: 'Arial', size: 21 }, paragraph: { spacing: { after: 30 } } } } },
    sections: [{ properties: { page: { size: A4, margin: { top: 900, bottom: 900, left: 1134, right: 1134 } } }, footers: { default: pageFooter(`${p.name} – Curriculum Vitae`) }, children }],
  });
}

/** Word "Layout > Columns": a one-column masthead section, then a continuous two-column section with a separator line. */
function wordColumnsDocx(p: Person): Document {
  const H = (t: string) => para([run(t, { bold: true, size: 22, color: '2E5E4E', smallCaps: true })], { spacing: { before: 180, after: 60 }, keepNext: true });
  const acad = p.id === 'p07';
  const ds: DStyle = acad ? 'MMM YYYY' : 'MM/YYYY';
  const phoneLine = acad ? `Office: ${p.phoneLocal}` : `Cell ${p.phoneLocal}`;
  const body: Paragraph[] = [
    H('Profile'), para(p.summary),
    H(acad ? 'Appointments' : 'Clinical Experience'),
    ...p.jobs.flatMap((j) => [
      para([run(j.title, { bold: true })], { spacing: { before: 100 }, keepNext: true }),
      para([run(j.company, { italics: true }), run(j.town ? `, ${j.town}` : '')], { keepNext: true }),
      para([run(rng(j, ds, ' – ', 'present'), { color: '555555', size: 18 })]),
      ...j.bullets.map((b) => para([run(b, { size: 19 })], { bullet: { level: 0 } })),
    ]),
    H('Education'),
    ...p.education.flatMap((e) => [para([run(e.degree, { bold: true })], { spacing: { before: 80 } }), para(`${e.school}, ${e.town ?? ''}`), para([run(`${d(e.start, ds)} – ${d(e.end, ds)}`, { color: '555555', size: 18 })])]),
    H('Skills'), ...sk(p).map((s) => para(s, { bullet: { level: 0 } })),
    H('Languages'), para(p.languages.join(', ')),
    ...(p.certificates.length ? [H(acad ? 'Certifications' : 'Licensure'), ...p.certificates.map((c) => para(c, { bullet: { level: 0 } }))] : []),
    ...(p.extras ?? []).slice(0, 2).flatMap((x) => [H(x.heading), ...x.items.slice(0, acad ? 3 : 4).map((i) => para([run(i, { size: 18 })], { bullet: { level: 0 } }))]),
  ];
  return new Document({
    creator: p.name, title: 'Curriculum Vitae',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 20 }, paragraph: { spacing: { after: 20 } } } } },
    sections: [
      { properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, footers: { default: pageFooter(p.name) }, children: [
        para([run(p.name, { size: 44, bold: true, color: '2E5E4E' })]),
        para([run(p.headline, { size: 24, italics: true })]),
        para([run(`${p.address}  ·  ${phoneLine}  ·  ${p.email}`, { size: 18 })], { spacing: { after: 160 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '2E5E4E', space: 4 } } }),
      ] },
      { properties: { type: SectionType.CONTINUOUS, page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } }, column: { count: 2, space: 560, separate: true, equalWidth: true } }, footers: { default: pageFooter(p.name) }, children: body },
    ],
  });
}

/** EuropeAid (EU external-action service contract) key-expert CV: numbered fields, professional-experience table. */
function europeaidDocx(p: Person): Document {
  const [first, ...rest] = p.name.split(' ');
  const family = rest.join(' ');
  const roleTitle = p.id === 'p06' ? 'Key Expert 2: Senior Roads Engineer' : 'Key Expert 1: Team Leader / Public Finance Management Expert';
  const num = (n: string, label: string, value: string) => new TableRow({ children: [cell(`${n}. ${label}:`, { w: 3600, bold: true }), cell(value, { w: TW - 3600 })] });
  const fields = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: [3600, TW - 3600], borders: { ...noBorder, insideHorizontal: noBorder.top, insideVertical: noBorder.top }, rows: [
    num('1', 'Family name', family.toUpperCase()), num('2', 'First names', first), num('3', 'Date of birth', p.born ? d(p.born, 'MM/YYYY').replace('/', '/') : ''),
    num('4', 'Nationality', p.nationality ?? ''), num('5', 'Civil status', 'Married'), num('6', 'Contact details', `Tel.: ${intl(p)}\nE-mail: ${p.email}`),
  ] });
  const edu = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: [4800, TW - 4800], rows: [
    new TableRow({ tableHeader: true, children: [cell('Institution\n[Date from – Date to]', { fill: 'D9E2F3', bold: true }), cell('Degree(s) or Diploma(s) obtained', { fill: 'D9E2F3', bold: true })] }),
    ...p.education.map((e) => new TableRow({ children: [cell(`${e.school}, ${e.town ?? ''}\n[${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}]`), cell(e.degree)] })),
  ] });
  const scale = (l: string) => (/mother|native/i.test(l) ? ['1', '1', '1'] : /excellent|fluent/i.test(l) ? ['1', '2', '1'] : /fair|working/i.test(l) ? ['3', '3', '3'] : ['4', '4', '5']);
  const langs = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: [3200, 2146, 2146, 2146], rows: [
    new TableRow({ children: ['Language', 'Reading', 'Speaking', 'Writing'].map((h) => cell(h, { fill: 'D9E2F3', bold: true, center: true })) }),
    ...p.languages.map((l) => new TableRow({ children: [cell(l.replace(/\s*\(.*\)/, '')), ...scale(l).map((x) => cell(x, { center: true }))] })),
  ] });
  const refs = p.id === 'p06'
    ? ['Ref.: Mr T. Ndlovu (CEO), 012 555 0147', 'Ref.: Ms N. Khoza, Pr Eng (Director), 011 555 0192', 'Ref.: Mr J. Pillay (Project Manager), j.pillay@mvelojv.co.za']
    : ['Ref.: Mr Don Hartley (Board Chair), +61 8 9430 5511', 'Ref.: Ms Karen Lui (former CEO), karen.lui@bigpond.com'];
  const cw = [1500, 1300, 2200, 1600, TW - 6600];
  const exp = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: cw, rows: [
    new TableRow({ tableHeader: true, children: ['Date from – Date to', 'Location', 'Company & reference person (name & contact details)', 'Position', 'Description'].map((h, i) => cell(h, { fill: 'D9E2F3', bold: true, w: cw[i], size: 18 })) }),
    ...p.jobs.map((j, i) => new TableRow({ cantSplit: true, children: [
      cell(`${d(j.start, 'MM/YYYY')} – ${j.end ? d(j.end, 'MM/YYYY') : 'present'}`, { w: cw[0], size: 18 }),
      cell(`${j.town ?? ''}, ${p.country}`, { w: cw[1], size: 18 }),
      cell([para([run(j.company, { size: 18 })]), ...(refs[i] ? [para([run(refs[i], { size: 16, italics: true })])] : [])], { w: cw[2] }),
      cell(j.title, { w: cw[3], size: 18 }),
      cell(j.bullets.join(' '), { w: cw[4], size: 18 }),
    ] })),
  ] });
  const H = (t: string) => para([run(t, { bold: true })], { spacing: { before: 160, after: 60 }, keepNext: true });
  const children = [
    para([run('CURRICULUM VITAE', { bold: true, size: 28 })], { alignment: AlignmentType.CENTER, spacing: { after: 60 } }),
    para([run(`Proposed role in the project: ${roleTitle}`, { bold: true })], { alignment: AlignmentType.CENTER, spacing: { after: 60 } }),
    para([run(`Name of expert: ${first} ${family.toUpperCase()}`)], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    fields,
    H('7. Education:'), edu,
    H('8. Language skills: Indicate competence on a scale of 1 to 5 (1 – excellent; 5 – basic)'), langs,
    H('9. Membership of professional bodies:'), ...p.certificates.filter((c) => /member|FCA|GAICD|ECSA|Professional/i.test(c)).map((c) => para(c, { bullet: { level: 0 } })),
    H('10. Other skills (e.g. computer literacy, etc.):'), para(sk(p).join(', ')),
    H('11. Present position:'), para(p.jobs[0].title),
    H('12. Years within the firm:'), para(`Since ${d(p.jobs[0].start, 'MM/YYYY')}`),
    H('13. Key qualifications (relevant to the project):'), para(p.summary),
    H('14. Specific experience in non-EU countries:'),
    new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: [4800, TW - 4800], rows: [
      new TableRow({ children: [cell('Country', { fill: 'D9E2F3', bold: true }), cell('Date from – Date to', { fill: 'D9E2F3', bold: true })] }),
      ...(p.id === 'p06' ? [['South Africa', '02/2010 – present'], ['Mozambique (short missions)', '03/2024 – 05/2024']] : [['Australia', '02/2001 – present'], ['Indonesia (Timor-Leste port study)', '06/2016 – 09/2016']]).map(([a, b]) => new TableRow({ children: [cell(a), cell(b)] })),
    ] }),
    H('15. Professional experience:'), exp,
    H('16. Other relevant information (e.g. publications):'), para(p.id === 'p06' ? 'Paper: "Rural road maintenance backlogs in KwaZulu-Natal", SAICE Civil Engineering, 2018.' : 'Guest lecturer, public sector financial management, Curtin Graduate School of Business (2019–2024).'),
    para([run('Statement of exclusivity and availability', { bold: true })], { spacing: { before: 240 } }),
    para('I, the undersigned, hereby declare that I agree to participate exclusively with the tenderer in the above-mentioned tender procedure and that I am able and willing to work for the period(s) foreseen for the position for which my CV has been included.'),
    para([run('Signature: ______________________        Date: ____ / ____ / 2026', {})], { spacing: { before: 300 } }),
  ];
  return new Document({
    creator: p.name, title: `CV ${family}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 21 }, paragraph: { spacing: { after: 40 } } } } },
    sections: [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } } },
      headers: { default: new Header({ children: [para([run(`Curriculum vitae — ${family.toUpperCase()} ${first}`, { size: 16, color: '666666' })], { alignment: AlignmentType.RIGHT })] }) },
      footers: { default: pageFooter('EuropeAid service contract — CV') }, children }],
  });
}

/** Chinese Word résumé with official-style numbered headings (一、二、三…), 宋体 body, tab-aligned job lines. */
function zhNumberedDocx(p: Person): Document {
  const mixed = p.language === 'mixed';
  const FONT = { ascii: mixed ? 'Arial' : 'Times New Roman', hAnsi: mixed ? 'Arial' : 'Times New Roman', eastAsia: '宋体' };
  const HFONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
  const nums = ['一', '二', '三', '四', '五', '六', '七'];
  let n = 0;
  const H = (t: string) => para([run(`${nums[n++]}、${t}`, { bold: true, size: 26, font: HFONT })], { heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 100 } });
  const kv = (pairs: [string, string][]) => new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: [1500, 3319, 1500, 3319], borders: { ...noBorder, insideHorizontal: noBorder.top, insideVertical: noBorder.top },
    rows: Array.from({ length: Math.ceil(pairs.length / 2) }, (_, r) => new TableRow({ children: pairs.slice(r * 2, r * 2 + 2).flatMap(([k, v]) => [cell(`${k}：`, { w: 1500, bold: true }), cell(v, { w: 3319 })]) })) });
  const children: (Paragraph | Table)[] = [
    para([run('个 人 简 历', { bold: true, size: 36, font: HFONT })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    H('个人信息'),
    kv([['姓　　名', p.altName ? `${p.name}（${p.altName}）` : p.name], ['性　　别', p.gender ?? ''], ['出生年月', p.born ? d(p.born, 'YYYY年M月') : ''], ['现居城市', p.city === 'Shenzhen' ? '深圳' : p.city],
      ['联系电话', p.phoneLocal], ['电子邮箱', p.email]]),
    H('求职意向'), para(`${headline(p, true)}（全职）；期望工作地点：${p.city === 'Shenzhen' ? '深圳' : p.city}；到岗时间：一个月内`),
    H('专业技能'), para(`技能清单：${sk(p).join('、')}`),
    H('工作经历'),
    ...p.jobs.flatMap((j) => [
      para([run(rng(j, 'YYYY年M月', '—', '至今'), { bold: true }), new TextRun({ children: [new Tab(), j.company], bold: true }), new TextRun({ children: [new Tab(), title(p, j, true)] })],
        { tabStops: [{ type: TabStopType.LEFT, position: 2900 }, { type: TabStopType.RIGHT, position: TW }], spacing: { before: 120 } }),
      ...j.bullets.map((b, i) => para(`${i + 1}. ${b}`, { indent: { left: 420 } })),
    ]),
    ...(p.breakNote ? [para([run(`${rng(p.breakNote, 'YYYY年M月', '—')}　${p.breakNote.text}`, { italics: true, color: '666666' })], { spacing: { before: 120 } })] : []),
    H('教育背景'),
    ...p.education.map((e) => para([run(`${d(e.start, 'YYYY年M月')}—${d(e.end, 'YYYY年M月')}`), new TextRun({ children: [new Tab(), e.school] }), new TextRun({ children: [new Tab(), e.degree] })], { tabStops: [{ type: TabStopType.LEFT, position: 2900 }, { type: TabStopType.RIGHT, position: TW }] })),
    H('证书及语言'), para([...p.certificates, ...p.languages].join('；') || '—'),
    H('自我评价'), para(p.summary),
  ];
  return new Document({
    creator: p.name, title: '个人简历',
    styles: { default: { document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 40, line: 320 } } } },
      paragraphStyles: [{ id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 26 }, paragraph: { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } } } }] },
    sections: [{ properties: { page: { size: A4, margin: { top: 1200, bottom: 1200, left: 1134, right: 1134 } } }, children }],
  });
}

/** 专家库入库申请表 (municipal review-expert registration form): photo cell, work-history table, 承诺 and 单位意见. */
function zhExpertDocx(p: Person): Document {
  const mixed = p.language === 'mixed';
  const FONT = { ascii: mixed ? 'Arial' : 'Times New Roman', hAnsi: mixed ? 'Arial' : 'Times New Roman', eastAsia: '宋体' };
  const org = p.id === 'p10' ? '北京市科技项目评审专家库' : '上海市嘉定区科技创新评审专家库';
  const W = [1500, 2000, 1300, 2000, TW - 6800];
  const k = (t: string, span?: number) => cell(t, { fill: 'F2F2F2', center: true, span });
  const v = (t: string, span?: number) => cell(t, { span });
  const rows: TableRow[] = [
    new TableRow({ children: [k('姓　名'), v(p.name), k('性　别'), v(p.gender ?? ''), cell('照\n\n片', { rowSpan: 4, center: true, w: W[4] })] }),
    new TableRow({ children: [k('出生年月'), v(p.born ? d(p.born, 'YYYY.MM') : ''), k('政治面貌'), v('群众')] }),
    new TableRow({ children: [k('身份证号'), v(p.id === 'p10' ? '110108198508******' : '310114199110******', 3)] }),
    new TableRow({ children: [k('最高学历'), v(p.education[0].degree.replace(/^B\.Eng\. /, '本科 ')), k('职称'), v(p.id === 'p10' ? '研究员（正高级）' : '高级工程师')] }),
    new TableRow({ children: [k('工作单位'), v(p.jobs[0].company, 2), k('职务'), v(title(p, p.jobs[0], true))] }),
    new TableRow({ children: [k('手　机'), v(p.phoneLocal), k('电子邮箱'), v(p.email, 2)] }),
    new TableRow({ children: [k('通讯地址'), v(p.address, 4)] }),
    new TableRow({ children: [k('申报专业领域'), v(p.id === 'p10' ? '新材料 — 储能材料与器件' : '先进制造 — 汽车零部件质量管理', 4)] }),
    new TableRow({ children: [k('专业特长'), v(sk(p).join('、'), 4)] }),
    new TableRow({ children: [k('外语水平'), v(p.languages.join('；'), 4)] }),
  ];
  const main = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: W, rows });
  const WW = [2600, 4200, TW - 6800];
  const work = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: WW, rows: [
    new TableRow({ children: [cell('主要工作经历', { span: 3, fill: 'D9D9D9', bold: true, center: true })] }),
    new TableRow({ tableHeader: true, children: [k('起止年月'), k('工作单位'), k('职务 / 职称')] }),
    ...p.jobs.map((j) => new TableRow({ children: [v(`${d(j.start, 'YYYY.MM')}—${j.end ? d(j.end, 'YYYY.MM') : '至今'}`), v(j.company), v(title(p, j, true))] })),
  ] });
  const edu = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: WW, rows: [
    new TableRow({ children: [cell('教育经历', { span: 3, fill: 'D9D9D9', bold: true, center: true })] }),
    new TableRow({ children: [k('起止年月'), k('学校'), k('专业 / 学位')] }),
    ...p.education.map((e) => new TableRow({ children: [v(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`), v(e.school), v(e.degree)] })),
  ] });
  const tail = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: [1500, TW - 1500], rows: [
    new TableRow({ children: [k('主要业绩\n（限300字）'), v(p.jobs.slice(0, 3).map((j) => j.bullets[0]).join('\n'))] }),
    new TableRow({ children: [k('资格证书'), v(p.certificates.join('；') || '—')] }),
    new TableRow({ cantSplit: true, children: [k('本人承诺'), v('本人自愿申请入库，承诺以上所填内容真实有效，遵守评审专家工作纪律，客观公正地履行职责。\n\n本人签字：　　　　　　　　　　　　　2026年　　月　　日')] }),
    new TableRow({ cantSplit: true, children: [k('所在单位\n意见'), v('\n（盖章）\n　　　　　　　　　　　　　　　　　　　2026年　　月　　日')] }),
  ] });
  const children: (Paragraph | Table)[] = [
    para([run(`${org}`, { bold: true, size: 30, font: { eastAsia: '黑体', ascii: 'Arial', hAnsi: 'Arial' } })], { alignment: AlignmentType.CENTER }),
    para([run('入库申请表', { bold: true, size: 30, font: { eastAsia: '黑体', ascii: 'Arial', hAnsi: 'Arial' } })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    para([run('填表日期：2026年10月　　　　　　　　　　　　　　　　　　　　编号：（由管理部门填写）', { size: 18 })], { spacing: { after: 80 } }),
    main, para(''), work, para(''), edu, para(''), tail,
  ];
  return new Document({
    creator: p.name, title: '专家入库申请表',
    styles: { default: { document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 0, line: 300 } } } } },
    sections: [{ properties: { page: { size: A4, margin: { top: 1134, bottom: 1000, left: 1134, right: 1134 } } }, children }],
  });
}

// ───────────────────────────── plain text ─────────────────────────────

/** What Word's "Save as Plain Text" gives for a tab-formatted CV: CRLF, tabs kept, bullets as "•<tab>". */
function wordTxt(p: Person): string {
  const zh = p.language === 'zh';
  const L: string[] = [];
  if (zh) {
    L.push(`${p.name}`, `${p.headline}`, `手机：${p.phoneLocal}\t邮箱：${p.email}`, `地址：${p.address}`, '');
    L.push('个人简介', p.summary, '');
    L.push('工作经历');
    for (const j of p.jobs) { L.push(`${rng(j, 'YYYY.MM', '—', '至今')}\t${j.company}\t${j.title}`); for (const b of j.bullets) L.push(`•\t${b}`); L.push(''); }
    if (p.breakNote) L.push(`${rng(p.breakNote, 'YYYY.MM', '—')}\t${p.breakNote.text}`, '');
    L.push('教育经历'); for (const e of p.education) L.push(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}\t${e.school}\t${e.degree}`); L.push('');
    for (const x of p.extras ?? []) { L.push(x.heading); x.items.forEach((t, i) => L.push(`${i + 1}.\t${t}`)); L.push(''); }
    L.push('专业技能', sk(p).join('、'), '');
    if (p.certificates.length) L.push('证书', p.certificates.join('；'), '');
    L.push('语言能力', p.languages.join('；'));
    return '\uFEFF' + L.join('\r\n') + '\r\n';
  }
  L.push(p.name.toUpperCase(), p.headline, `${p.address}`, `Tel: ${p.phoneLocal}\tEmail: ${p.email}`, '');
  L.push('PROFILE', p.summary, '');
  L.push('KEY SKILLS'); for (const s of sk(p)) L.push(`•\t${s}`); L.push('');
  L.push('EMPLOYMENT');
  for (const j of p.jobs) {
    L.push(`${rng(j, 'MMM YYYY', ' – ', 'Present')}\t${j.title}`, `\t${j.company}, ${j.town ?? ''}`);
    for (const b of j.bullets) L.push(`•\t${b}`);
    L.push('');
  }
  if (p.breakNote) L.push(`${rng(p.breakNote, 'MMM YYYY', ' – ')}\t${p.breakNote.text}`, '');
  L.push('EDUCATION'); for (const e of p.education) L.push(`${d(e.start, 'MMM YYYY')} – ${d(e.end, 'MMM YYYY')}\t${e.degree}, ${e.school}`); L.push('');
  L.push('QUALIFICATIONS & MEMBERSHIPS'); for (const c of p.certificates) L.push(`•\t${c}`); L.push('');
  for (const x of p.extras ?? []) { L.push(x.heading.toUpperCase()); for (const i of x.items) L.push(`•\t${i}`); L.push(''); }
  L.push('LANGUAGES', p.languages.join(', '), '');
  if (p.referees?.length) { L.push('REFERENCES'); for (const r of p.referees) L.push(`${r.name}, ${r.role}\tTel: ${r.phone}\t${r.email}`); }
  else L.push('REFERENCES', 'Available on request.');
  return L.join('\r\n') + '\r\n';
}

/** Candidate profile as an applicant-tracking system exports it (field: value blocks, one block per job). */
function atsText(p: Person): string {
  const mixed = p.language === 'mixed';
  const [given, ...fam] = (p.altName ?? p.name).split(' ');
  const L: string[] = [
    `CANDIDATE PROFILE — ${p.altName ? `${p.altName} (${p.name})` : p.name}`, `Requisition: ${mixed ? 'R-11873 Brand Manager, Beauty (Guangzhou)' : 'R-20418 Staff Backend Engineer (Remote, US)'}`, `Candidate ID: ${mixed ? '5530174' : '1184302'}`, `Application date: 10/14/2026`, '',
    '--- Legal Name ---', `Given Name(s): ${given}`, `Family Name: ${fam.join(' ')}`, ...(mixed ? [`Local Name: ${p.name}`] : []), '',
    '--- Contact Information ---', `Email Address: ${p.email}`, `Phone Device Type: Mobile`, `Country Phone Code: ${mixed ? 'China (+86)' : 'United States of America (+1)'}`,
    `Phone Number: ${mixed ? p.phoneLocal.replace(/ /g, '') : p.phoneLocal.replace(/[()\s-]/g, '').replace(/^(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3')}`, `Address Line 1: ${p.address}`, '',
    '--- Work Experience ---',
  ];
  p.jobs.forEach((j, i) => {
    L.push(`Work Experience ${i + 1}`, `Job Title: ${j.title}`, `Company: ${j.company}`, `Location: ${j.town ?? ''}`, `I currently work here: ${j.end ? 'No' : 'Yes'}`,
      `From: ${d(j.start, 'MM/YYYY')}`, ...(j.end ? [`To: ${d(j.end, 'MM/YYYY')}`] : []), `Role Description: ${j.bullets.join(' ')}`, '');
  });
  L.push('--- Education ---');
  p.education.forEach((e, i) => L.push(`Education ${i + 1}`, `School or University: ${e.school}`, `Degree: ${e.degree}`, `From: ${e.start.slice(0, 4)}`, `To (Actual or Expected): ${e.end.slice(0, 4)}`, ''));
  L.push('--- Skills ---', ...sk(p), '', '--- Languages ---', ...p.languages, '');
  if (p.certificates.length) L.push('--- Certifications ---', ...p.certificates, '');
  L.push('--- Websites ---', p.website ?? `linkedin.com/in/${(p.altName ?? p.name).toLowerCase().replace(/ /g, '-')}`, '',
    '--- Application Questions ---', 'Are you legally authorized to work in the country of this job? Yes', 'Will you now or in the future require sponsorship? No', '');
  return L.join('\n');
}

// ───────────────────────────── plan ─────────────────────────────
type Layout = 'single' | 'twocol' | 'table';
type Tpl =
  | { name: string; layout: Layout; kind: 'html'; render: (p: Person) => string }
  | { name: string; layout: Layout; kind: 'docx'; render: (p: Person) => Document }
  | { name: string; layout: Layout; kind: 'txt'; render: (p: Person) => string };
const T: Record<string, Tpl> = {
  functional: { name: 'functional', layout: 'single', kind: 'html', render: functional },
  academic: { name: 'academic', layout: 'single', kind: 'html', render: academic },
  executive: { name: 'executive', layout: 'single', kind: 'html', render: executive },
  graduate: { name: 'graduate', layout: 'single', kind: 'html', render: graduate },
  consulting: { name: 'consulting', layout: 'single', kind: 'html', render: consulting },
  medical: { name: 'medical', layout: 'single', kind: 'html', render: medical },
  zhchrono: { name: 'zhchrono', layout: 'single', kind: 'html', render: zhChrono },
  nsfc: { name: 'nsfc', layout: 'single', kind: 'html', render: zhAcademic },
  newspaper: { name: 'newspaper', layout: 'twocol', kind: 'html', render: newspaper },
  dualpanel: { name: 'dualpanel', layout: 'twocol', kind: 'html', render: dualPanel },
  zhcards: { name: 'zhcards', layout: 'twocol', kind: 'html', render: zhCards },
  consultant: { name: 'consultant', layout: 'table', kind: 'html', render: consultantProfile },
  tender: { name: 'tender', layout: 'table', kind: 'html', render: tender },
  headhunter: { name: 'headhunter', layout: 'table', kind: 'html', render: headhunter },
  mba: { name: 'mba', layout: 'table', kind: 'html', render: zhMba },
  ats: { name: 'ats', layout: 'single', kind: 'docx', render: atsDocx },
  trades: { name: 'trades', layout: 'single', kind: 'docx', render: tradesDocx },
  wordcols: { name: 'wordcols', layout: 'twocol', kind: 'docx', render: wordColumnsDocx },
  europeaid: { name: 'europeaid', layout: 'table', kind: 'docx', render: europeaidDocx },
  zhnumbered: { name: 'zhnumbered', layout: 'single', kind: 'docx', render: zhNumberedDocx },
  expertform: { name: 'expertform', layout: 'table', kind: 'docx', render: zhExpertDocx },
  wordtxt: { name: 'wordtxt', layout: 'single', kind: 'txt', render: wordTxt },
  atstext: { name: 'atstext', layout: 'single', kind: 'txt', render: atsText },
};
const plan: Record<string, string[]> = {
  p01: ['ats', 'atstext', 'newspaper'],
  p02: ['trades', 'wordtxt', 'tender'],
  p03: ['medical', 'wordcols', 'wordtxt'],
  p04: ['executive', 'europeaid', 'dualpanel'],
  p05: ['graduate', 'consulting', 'consultant', 'newspaper'],
  p06: ['europeaid', 'tender', 'wordtxt', 'functional'],
  p07: ['academic', 'dualpanel', 'wordcols'],
  p08: ['zhnumbered', 'zhchrono', 'zhcards'],
  p09: ['headhunter', 'zhchrono', 'dualpanel', 'wordtxt'],
  p10: ['nsfc', 'expertform', 'wordtxt'],
  p11: ['headhunter', 'zhnumbered', 'zhcards'],
  p12: ['mba', 'zhchrono', 'dualpanel', 'wordtxt'],
  p13: ['expertform', 'ats', 'newspaper'],
  p14: ['academic', 'consultant', 'zhnumbered'],
  p15: ['graduate', 'mba', 'zhcards', 'atstext'],
  p16: ['consulting', 'headhunter', 'consultant', 'zhchrono'],
};

// ───────────────────────────── main ─────────────────────────────
async function main() {
  const manifestPath = path.join(here, 'manifest.json');
  if (existsSync(manifestPath) && !process.argv.includes('--force')) {
    console.error('heldout-19: manifest.json exists; the set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const htmlJobs: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const layoutName = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
  for (const p of people) {
    for (const key of plan[p.id]) {
      const t = T[key];
      const base = `${p.id}-${t.layout}-${t.name}`;
      const meta = { person: p.id, template: t.name, layout: layoutName(t.layout), language: p.language };
      if (t.kind === 'html') { htmlJobs.push([`${base}.pdf`, t.render(p)]); documents.push({ file: `${base}.pdf`, ...meta, producer: 'chromium' }); }
      else if (t.kind === 'txt') { writeFileSync(path.join(docsDir, `${base}.txt`), t.render(p), 'utf8'); documents.push({ file: `${base}.txt`, ...meta, producer: 'txt' }); }
      else {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.render(p)));
        documents.push({ file: `${base}.docx`, ...meta, producer: 'docx' }, { file: `${base}.pdf`, ...meta, producer: 'libreoffice' });
      }
    }
  }
  await printHtml(docsDir, htmlJobs);
  exportDocxToPdf(docsDir);
  const missing = documents.filter((x) => !existsSync(path.join(docsDir, x.file)));
  if (missing.length) throw new Error(`not produced: ${missing.map((m) => m.file).join(', ')}`);
  const stray = readdirSync(docsDir).filter((f) => !documents.some((x) => x.file === f));
  if (stray.length) throw new Error(`unexpected files: ${stray.join(', ')}`);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => s.join(' | ')),
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docsDir, documents.map((x) => x.file)), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const x of documents) count[`${x.layout}/${x.producer}/${x.language}`] = (count[`${x.layout}/${x.producer}/${x.language}`] ?? 0) + 1;
  console.log(`heldout-19: ${documents.length} documents`);
  for (const [k, v] of Object.entries(count).sort()) console.log(`  ${k}: ${v}`);
}

await main();
