/**
 * heldout-72 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force.
 *   cd packages/cv && npx tsx eval/heldout-72/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, SectionType, ShadingType,
  Table, TableBorders, TableCell, TableRow, TabStopType, TextRun, VerticalAlignTable, WidthType, ColumnBreak, Column,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person, type Skill } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-12';

// ---------------------------------------------------------------- date helpers
const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => s.slice(5, 7);
const mi = (s: string) => Number(s.slice(5, 7));
const mmY = (s: string, sep = '/') => `${m(s)}${sep}${y(s)}`;
const yDotM = (s: string) => `${y(s)}.${m(s)}`;
const monY = (s: string) => `${EN_MON[mi(s) - 1]} ${y(s)}`;
const longY = (s: string) => `${EN_LONG[mi(s) - 1]} ${y(s)}`;
const zhYM = (s: string) => `${y(s)}年${mi(s)}月`;
const rocYM = (s: string) => `${Number(y(s)) - 1911}/${m(s)}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rev = (w: Job[]) => [...w].reverse();
const isZhT = (p: Person) => p.id === 'p09' || p.id === 'p11' || p.id === 'p16';
const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);
const dots = (n: number) => '●'.repeat(n) + '○'.repeat(5 - n);
const pct = (s: Skill) => Math.min(95, s.level * 18 + (s.years ?? 3));
function groups(p: Person): [string, Skill[]][] {
  const g = new Map<string, Skill[]>();
  for (const s of p.skills) g.set(s.group, [...(g.get(s.group) ?? []), s]);
  return [...g.entries()];
}
const CCS = ['+385', '+212', '+353', '+886', '+852', '+44', '+34', '+48', '+86', '+81', '+82', '+65', '+1'];
/** the mobile in international form with the national grouping: "+44 7700 900417", "+1 416 555 0147" */
const intl = (p: Person) => {
  const cc = CCS.find((c) => p.phone.startsWith(c))!;
  const local = p.phoneLocal.replace(/^\((\d+)\)\s*/, '$1 ').replace(/-/g, ' ').replace(/^0(?=\d)/, '');
  return `${cc} ${local}`;
};

// ---------------------------------------------------------------- HTML helpers
const svgPerson = (w = 80, h = 100, fill = '#b9c0c8') => `<svg width="${w}" height="${h}" viewBox="0 0 80 100"><rect width="80" height="100" fill="#eef1f4"/><circle cx="40" cy="36" r="18" fill="${fill}"/><path d="M8 100 C10 68 70 68 72 100 Z" fill="${fill}"/></svg>`;
const icon = {
  phone: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 013 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
  mail: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2zM4 7v.5l8 5 8-5V7z"/></svg>',
  pin: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 00-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6a2.5 2.5 0 010 5.5z"/></svg>',
  home: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 3l10 9h-3v9h-5v-6h-4v6H5v-9H2z"/></svg>',
};
const page = (lang: string, css: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} html,body{margin:0;padding:0} body{font-family:"Liberation Sans","WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif;font-size:9.5pt;color:#1d232a;line-height:1.35}
${css}</style></head><body>${body}</body></html>`;
const sc = (p: Person) => (isZhT(p) ? '"Liberation Sans","WenQuanYi Zen Hei","Noto Sans CJK TC",sans-serif' : '"Liberation Sans","WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif');

// ---------------------------------------------------------------- DOCX helpers
type Inline = string | TextRun;
const FONT = 'Liberation Sans';
const r = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; shading?: string; allCaps?: boolean } = {}) =>
  new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size ?? 18, color: o.color, allCaps: o.allCaps, font: o.font ? { ascii: o.font, hAnsi: o.font, eastAsia: o.font } : undefined, shading: o.shading ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shading } : undefined });
function P(parts: Inline | Inline[], o: { align?: 'left' | 'center' | 'right'; after?: number; before?: number; bold?: boolean; size?: number; color?: string; tabs?: { type: 'left' | 'right' | 'center'; pos: number }[]; shade?: string; indent?: number; pageBreakBefore?: boolean; keepNext?: boolean } = {}) {
  const arr = Array.isArray(parts) ? parts : [parts];
  return new Paragraph({
    children: arr.map((x) => (typeof x === 'string' ? r(x, { bold: o.bold, size: o.size, color: o.color }) : x)),
    alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    tabStops: o.tabs?.map((t) => ({ type: t.type === 'right' ? TabStopType.RIGHT : t.type === 'center' ? TabStopType.CENTER : TabStopType.LEFT, position: t.pos })),
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    indent: o.indent ? { left: o.indent } : undefined,
    pageBreakBefore: o.pageBreakBefore, keepNext: o.keepNext,
  });
}
type CellOpt = { w?: number; span?: number; rows?: number; shade?: string; vcenter?: boolean; noBorder?: boolean };
function C(content: string | Paragraph | Table | (string | Paragraph | Table)[], o: CellOpt = {}) {
  const items = (Array.isArray(content) ? content : [content]).map((x) => (typeof x === 'string' ? P(x) : x));
  if (items.length === 0 || items[items.length - 1] instanceof Table) items.push(P(''));
  return new TableCell({
    children: items, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span, rowSpan: o.rows,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    verticalAlign: o.vcenter ? VerticalAlignTable.CENTER : undefined,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    borders: o.noBorder ? { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } } : undefined,
  });
}
const L = (t: string, o: CellOpt = {}) => C(P(t, { bold: true, size: 17 }), { shade: 'E8ECEF', ...o });
const T = (rows: TableCell[][], widths: number[], borderless = false) =>
  new Table({ rows: rows.map((cells) => new TableRow({ children: cells })), columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: borderless ? TableBorders.NONE : undefined });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 900, bottom: 900, left: 1000, right: 1000, header: 450, footer: 450 } } };
const W = 9906; // text width in twips

// ---------------------------------------------------------------- template type
type Out = { kind: 'html'; html: string } | { kind: 'docx'; doc: Document } | { kind: 'txt'; text: string };
interface Tpl { name: string; layout: 'single' | 'two-column' | 'table'; fn: (p: Person) => Out }
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

// ================================================================= TABLE templates

/** T1 Italian staffing agency "Scheda candidato" (it/en labels), Cognome | Nome cells, name in the title band. */
const itScheda: Tpl = { name: 'it-scheda-agenzia', layout: 'table', fn: (p) => {
  const lvl = (n: number) => (n >= 5 ? 'ottimo / expert' : n === 4 ? 'buono / good' : 'discreto / fair');
  const sk = p.skills; const pairs: string[] = [];
  for (let i = 0; i < sk.length; i += 2) pairs.push(`<tr><td>${esc(sk[i].name)}</td><td class="lv">${lvl(sk[i].level)}</td>${sk[i + 1] ? `<td>${esc(sk[i + 1].name)}</td><td class="lv">${lvl(sk[i + 1].level)}</td>` : '<td></td><td></td>'}</tr>`);
  const jobs = rev(p.work).map((j) => `<tr><td>${mmY(j.start)}</td><td>${j.end ? mmY(j.end) : 'ad oggi<br><i>to date</i>'}</td><td><b>${esc(j.company)}</b><br><span class="s">${esc(j.city)}</span></td><td>${esc(j.title)}<div class="s">${j.duties.map(esc).join('; ')}</div></td></tr>`).join('');
  const body = `<div class="lh"><div><b>LAVORO PONTE S.p.A.</b> — Agenzia per il Lavoro<br><span class="s">Aut. Min. Prot. n. 39/0007264 · Filiale Milano Centrale, Via Vitruvio 38 · Tel. 02 4571 8830</span></div><div class="logo">LP</div></div>
<table class="g">
<tr><td colspan="4" class="band">SCHEDA CANDIDATO / CANDIDATE PROFILE — ${esc(p.given)} ${esc(p.family.toUpperCase())} <span class="ref">Rif. MI-2026-0412</span></td></tr>
<tr><th>Cognome / Surname</th><td class="v">${esc(p.family.toUpperCase())}</td><th>Nome / First name</th><td class="v">${esc(p.given)}</td></tr>
<tr><th>Anno di nascita / Born</th><td>${p.born}</td><th>Nazionalità</th><td>${esc(p.nationality)}</td></tr>
<tr><th>Cellulare / Mobile</th><td>${intl(p)}</td><th>Altro tel. / Other</th><td>${esc(p.other[0].number)} <span class="s">(${esc(p.other[0].label.toLowerCase())})</span></td></tr>
<tr><th>E-mail</th><td colspan="3">${esc(p.email)}</td></tr>
<tr><th>Domicilio / Address</th><td colspan="3">${esc(p.address)}</td></tr>
<tr><th>Profilo ricercato</th><td colspan="3">${esc(p.headline)}</td></tr>
<tr><td colspan="4" class="sec">ESPERIENZE PROFESSIONALI / WORK EXPERIENCE</td></tr>
<tr><td colspan="4" class="in"><table class="x"><tr><th style="width:14%">Dal / From</th><th style="width:14%">Al / To</th><th style="width:32%">Azienda / Company</th><th>Mansione / Role</th></tr>${jobs}</table></td></tr>
<tr><td colspan="4" class="sec">COMPETENZE INFORMATICHE E TECNICHE / IT &amp; TECHNICAL SKILLS</td></tr>
<tr><td colspan="4" class="in"><table class="x">${pairs.join('')}</table></td></tr>
<tr><td colspan="4" class="sec">LINGUE / LANGUAGES</td></tr>
<tr><td colspan="4">${p.languages.map((l) => `${esc(l.name)} — ${esc(l.level)}`).join(' &nbsp;·&nbsp; ')}</td></tr>
<tr><th>Certificazioni</th><td colspan="3">${p.certs.map(esc).join('; ')}</td></tr>
<tr><th>Formazione</th><td colspan="3">${p.education.map((e) => `${esc(e.degree)}, ${esc(e.school)} (${e.start}–${e.end})`).join('<br>')}</td></tr>
<tr><th>Note del selezionatore</th><td colspan="3">Colloquio 18/11/2026 — ${esc(p.soft.join(', '))}. Disponibilità immediata. Selezionatrice: Giulia Ferri, tel. diretto 02 4571 8847</td></tr>
</table>
<p class="s foot">Informativa ai sensi del Reg. UE 2016/679 (GDPR): i dati sono trattati ai soli fini della selezione.</p>`;
  return { kind: 'html', html: page('en', `
.lh{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #0a5c6b;padding-bottom:4px;margin-bottom:8px}
.logo{width:34px;height:34px;border-radius:50%;background:#0a5c6b;color:#fff;font-weight:bold;display:flex;align-items:center;justify-content:center}
.s{font-size:8pt;color:#555} table{border-collapse:collapse;width:100%} .g>tbody>tr>th,.g>tbody>tr>td{border:1px solid #7a8a90;padding:3px 5px;vertical-align:top}
.g th{background:#e6f0f1;text-align:left;font-weight:normal;font-size:8.5pt;width:20%} .v{font-weight:bold;font-size:11pt}
.band{background:#0a5c6b;color:#fff;font-weight:bold;font-size:11pt} .ref{float:right;font-weight:normal;font-size:8.5pt}
.sec{background:#cfe0e3;font-weight:bold;font-size:8.5pt;letter-spacing:.5px} .in{padding:0!important}
.x td,.x th{border:1px solid #b8c4c8;padding:2px 5px;vertical-align:top;font-size:9pt} .x th{background:#f3f7f8;width:auto}
.lv{color:#0a5c6b;font-size:8.5pt} .foot{margin-top:6px}`, body) };
} };

/** T2 Spanish job-bank "ficha de demandante": Apellidos | Nombre, photo cell, Desde/Hasta, informática table with Nivel. */
const esBolsa: Tpl = { name: 'es-bolsa-empleo', layout: 'table', fn: (p) => {
  const niv = (n: number) => (n >= 5 ? 'Alto' : n === 4 ? 'Medio-alto' : 'Medio');
  const rows: string[] = []; const sk = p.skills;
  for (let i = 0; i < sk.length; i += 3) rows.push('<tr>' + [0, 1, 2].map((k) => (sk[i + k] ? `<td>${esc(sk[i + k].name)}</td><td class="c">${niv(sk[i + k].level)}</td>` : '<td></td><td></td>')).join('') + '</tr>');
  const jobs = rev(p.work).map((j) => `<tr><td class="c">${mmY(j.start)}</td><td class="c">${j.end ? mmY(j.end) : 'actualidad'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td class="s">${j.duties.map(esc).join('. ')}</td></tr>`).join('');
  const body = `<div class="inst"><div class="crest">CT</div><div><b>Agencia de Colocación Cámara Turia</b><br><span class="s">Autorizada nº 1000000127 · Servicio de Empleo · Tel. 963 10 39 00 · empleo@camaraturia-example.es</span></div></div>
<h1>FICHA DE DEMANDANTE DE EMPLEO</h1>
<p class="meta">Nº demandante: 2026/1187 &nbsp;·&nbsp; Fecha de alta: 03/11/2026 &nbsp;·&nbsp; Demandante: ${esc(p.name)}</p>
<table class="g">
<tr><td colspan="5" class="sec">1. DATOS PERSONALES</td></tr>
<tr><th>Apellidos</th><td class="v">${esc(p.family)}</td><th>Nombre</th><td class="v">${esc(p.given)}</td><td rowspan="4" class="ph">${svgPerson(72, 90)}</td></tr>
<tr><th>DNI / NIE</th><td>Y-4820937-K</td><th>Año de nacimiento</th><td>${p.born}</td></tr>
<tr><th>Teléfono móvil</th><td>${esc(p.phoneLocal.startsWith('(') || p.id !== 'p02' ? intl(p) : p.phoneLocal)}</td><th>Otro teléfono</th><td>${esc(p.other[0].number)} (${esc(p.other[0].label.toLowerCase())})</td></tr>
<tr><th>Correo electrónico</th><td colspan="3">${esc(p.email)}</td></tr>
<tr><th>Domicilio</th><td colspan="4">${esc(p.address)}</td></tr>
<tr><td colspan="5" class="sec">2. EXPERIENCIA PROFESIONAL</td></tr>
<tr><td colspan="5" class="in"><table class="x"><tr><th>Desde</th><th>Hasta</th><th>Empresa</th><th>Puesto</th><th>Funciones</th></tr>${jobs}</table></td></tr>
<tr><td colspan="5" class="sec">3. CONOCIMIENTOS INFORMÁTICOS Y TÉCNICOS</td></tr>
<tr><td colspan="5" class="in"><table class="x"><tr><th>Programa / herramienta</th><th>Nivel</th><th>Programa / herramienta</th><th>Nivel</th><th>Programa / herramienta</th><th>Nivel</th></tr>${rows.join('')}</table></td></tr>
<tr><td colspan="5" class="sec">4. IDIOMAS</td></tr>
<tr><td colspan="5" class="in"><table class="x"><tr><th>Idioma</th><th>Nivel (MCER)</th></tr>${p.languages.map((l) => `<tr><td>${esc(l.name)}</td><td>${esc(l.level)}</td></tr>`).join('')}</table></td></tr>
<tr><td colspan="5" class="sec">5. FORMACIÓN Y OTROS CURSOS</td></tr>
<tr><td colspan="5">${p.education.map((e) => `${esc(e.degree)} — ${esc(e.school)} (${e.start}–${e.end})`).join('<br>')}<br>Certificaciones: ${p.certs.map(esc).join('; ')}</td></tr>
<tr><th>Disponibilidad</th><td colspan="4">Incorporación en 1 mes · Carnet de conducir B · Puesto solicitado: ${esc(p.headline)}</td></tr>
</table>`;
  return { kind: 'html', html: page('es', `
.inst{display:flex;gap:8px;align-items:center} .crest{width:30px;height:36px;background:#8a1c2b;color:#fff;font-weight:bold;display:flex;align-items:center;justify-content:center;border-radius:0 0 14px 14px}
h1{font-size:13pt;text-align:center;margin:8px 0 2px;letter-spacing:1px} .meta{text-align:center;font-size:8.5pt;margin:0 0 6px}
.s{font-size:8pt;color:#555} table{border-collapse:collapse;width:100%} .g>tbody>tr>th,.g>tbody>tr>td{border:1px solid #555;padding:3px 5px;vertical-align:top}
.g th{text-align:left;font-weight:normal;font-size:8.5pt;background:#f4efe6;width:17%} .v{font-weight:bold} .ph{width:84px;text-align:center;vertical-align:middle!important}
.sec{background:#8a1c2b;color:#fff;font-weight:bold;font-size:8.5pt} .in{padding:0!important} .c{text-align:center;white-space:nowrap}
.x td,.x th{border:1px solid #aaa;padding:2px 4px;font-size:8.8pt;vertical-align:top} .x th{background:#faf7f2;font-weight:normal;font-size:8pt}`, body) };
} };

/** T3 Polish public-procurement "Wykaz osób" key-expert sheet (PL/EN labels), DOCX. */
const plWykaz: Tpl = { name: 'pl-wykaz-osob', layout: 'table', fn: (p) => {
  const w1 = 600, w2 = 2700, w3 = W - w1 - w2;
  const row = (n: string, l: string, v: (string | Paragraph | Table)[] | string) => [C(P(n, { size: 17 }), { w: w1 }), L(l, { w: w2 }), C(v, { w: w3 })];
  const jobT = T([
    [L('Okres od – do / Period', { w: 1700 }), L('Pracodawca / Employer', { w: 2300 }), L('Stanowisko / Position', { w: 2606 })],
    ...rev(p.work).map((j) => [C(P(`${m(j.start)}.${y(j.start)} – ${j.end ? `${m(j.end)}.${y(j.end)}` : 'nadal / to date'}`, { size: 17 }), { w: 1700 }), C([P(j.company, { size: 17, bold: true }), P(j.city, { size: 15, color: '666666' })], { w: 2300 }), C([P(j.title, { size: 17 }), ...j.duties.map((d) => P('– ' + d, { size: 15 }))], { w: 2606 })]),
  ], [1700, 2300, 2606]);
  const skillLines = groups(p).map(([g, s]) => P([r(g + ': ', { bold: true, size: 17 }), r(s.map((x) => x.name).join(', '), { size: 17 })]));
  const table = T([
    [C(P('WYKAZ OSÓB SKIEROWANYCH DO REALIZACJI ZAMÓWIENIA — CV EKSPERTA KLUCZOWEGO / KEY EXPERT CV', { bold: true, color: 'FFFFFF', size: 19 }), { span: 3, shade: '1F3B5A' })],
    row('1.', 'Imię i nazwisko / Name and surname', [P(p.name, { bold: true, size: 22 })]),
    row('2.', 'Proponowana funkcja / Proposed role', p.id === 'p03' ? 'Ekspert ds. BIM (Ekspert kluczowy nr 2) / BIM Expert (Key Expert 2)' : 'Ekspert ds. środowiska (Ekspert kluczowy nr 4) / Environmental Expert (Key Expert 4)'),
    row('3.', 'Rok urodzenia / Year of birth', p.born),
    row('4.', 'Obywatelstwo / Citizenship', p.nationality),
    row('5.', 'Tel. komórkowy / Mobile', intl(p)),
    row('6.', 'Inny telefon / Other phone', `${p.other[0].number} (${p.other[0].label.toLowerCase()})`),
    row('7.', 'E-mail', p.email),
    row('8.', 'Wykształcenie / Education', p.education.map((e) => P(`${e.start}–${e.end}: ${e.degree}, ${e.school}`, { size: 17 }))),
    row('9.', 'Znajomość języków / Languages', p.languages.map((l) => `${l.name} – ${l.level}`).join('; ')),
    row('10.', 'Umiejętności / Skills', skillLines),
    row('11.', 'Uprawnienia, certyfikaty / Licences, certificates', p.certs.map((c) => P('• ' + c, { size: 17 }))),
    row('12.', 'Doświadczenie zawodowe / Professional experience', [jobT]),
    row('13.', 'Podstawa dysponowania / Basis of availability', 'Zasób własny Wykonawcy (umowa o pracę) / own staff'),
  ], [w1, w2, w3]);
  const doc = new Document({ styles: { default: { document: { run: { font: FONT, size: 18 } } } }, sections: [{ properties: A4,
    headers: { default: new Header({ children: [P([r('Znak sprawy: ZDW-ZP.271.14.2026', { size: 16 }), r('\tZałącznik nr 6 do SWZ', { size: 16, bold: true })], { tabs: [{ type: 'right', pos: W }] })] }) },
    footers: { default: new Footer({ children: [P([r('Wykonawca: Nordvia Consortium, ul. Grunwaldzka 472, 80-309 Gdańsk, tel. +48 58 300 41 20', { size: 14, color: '666666' }), r('\tstr. ', { size: 14 }), new TextRun({ children: [PageNumber.CURRENT], size: 14 })], { tabs: [{ type: 'right', pos: W }] })] }) },
    children: [table, P(''), P('.............................................................', { align: 'right', before: 300 }), P('(kwalifikowany podpis elektroniczny osoby upoważnionej do reprezentowania Wykonawcy)', { align: 'right', size: 14 })] }] });
  return { kind: 'docx', doc };
} };

/** T5 Moroccan recruitment-firm "Fiche candidat" (French labels), NOM | Prénom cells, CIN, GSM, DOCX with letterhead header. */
const maFiche: Tpl = { name: 'ma-fiche-candidat', layout: 'table', fn: (p) => {
  const c = [1900, 3050, 1700, 3256];
  const jobs = T([
    [L('Période', { w: 1900 }), L('Société', { w: 2700 }), L('Poste', { w: 2000 }), L('Missions principales', { w: 3306 })],
    ...rev(p.work).map((j) => [C(P(j.end ? `${mmY(j.start)} – ${mmY(j.end)}` : `depuis ${mmY(j.start)}`, { size: 17 }), { w: 1900 }), C(P(j.company, { bold: true, size: 17 }), { w: 2700 }), C(P(j.title, { size: 17 }), { w: 2000 }), C(j.duties.map((d) => P('- ' + d, { size: 16 })), { w: 3306 })]),
  ], [1900, 2700, 2000, 3306]);
  const t = T([
    [C(P([r('FICHE CANDIDAT', { bold: true, color: 'FFFFFF', size: 22 }), r(`   —   ${p.name}`, { color: 'FFFFFF', size: 20 }), r('\tRéf. ARC-2026-318', { color: 'FFFFFF', size: 16 })], { tabs: [{ type: 'right', pos: W - 200 }] }), { span: 4, shade: '7A1F1F' })],
    [L('NOM', { w: c[0] }), C(P(p.family.toUpperCase(), { bold: true, size: 20 }), { w: c[1] }), L('Prénom', { w: c[2] }), C(P(p.given, { bold: true, size: 20 }), { w: c[3] })],
    [L('CIN / Passeport', { w: c[0] }), C(p.id === 'p05' ? 'BE 742913' : 'Passeport 5483 21907', { w: c[1] }), L('Né(e) en', { w: c[2] }), C(p.born, { w: c[3] })],
    [L('GSM', { w: c[0] }), C(P(p.phoneLocal, { bold: true }), { w: c[1] }), L('Tél. fixe / autre', { w: c[2] }), C(p.other[0].number, { w: c[3] })],
    [L('E-mail', { w: c[0] }), C(p.email, { span: 3 })],
    [L('Adresse', { w: c[0] }), C(p.address, { span: 3 })],
    [L('Poste visé', { w: c[0] }), C(p.headline, { w: c[1] }), L('Prétentions', { w: c[2] }), C('À discuter — préavis 2 mois', { w: c[3] })],
    [C(P('PARCOURS PROFESSIONNEL', { bold: true, size: 17 }), { span: 4, shade: 'D9C7C7' })],
    [C([jobs], { span: 4 })],
    [C(P('COMPÉTENCES', { bold: true, size: 17 }), { span: 4, shade: 'D9C7C7' })],
    [L('Techniques', { w: c[0] }), C(groups(p).map(([g, s]) => P([r(g + ' : ', { bold: true, size: 17 }), r(s.map((x) => x.name).join(' / '), { size: 17 })])), { span: 3 })],
    [L('Langues', { w: c[0] }), C(p.languages.map((l) => `${l.name} (${l.level})`).join(' — '), { span: 3 })],
    [L('Certifications', { w: c[0] }), C(p.certs.join(' ; '), { span: 3 })],
    [L('Savoir-être', { w: c[0] }), C(p.soft.join(', '), { span: 3 })],
    [L('Formation', { w: c[0] }), C(p.education.map((e) => `${e.start}–${e.end} : ${e.degree} — ${e.school}`), { span: 3 })],
    [L('Avis du consultant', { w: c[0] }), C('Profil solide, très bonne communication. Entretien réalisé le 12/11/2026 par Nadia Lahlou (ligne directe +212 522 26 14 97).', { span: 3 })],
  ], c);
  const doc = new Document({ styles: { default: { document: { run: { font: FONT, size: 18 } } } }, sections: [{ properties: A4,
    headers: { default: new Header({ children: [P([r('ATLAS RH CONSEIL', { bold: true, color: '7A1F1F', size: 22 }), r('\tCabinet de recrutement & d’approche directe', { size: 16 })], { tabs: [{ type: 'right', pos: W }] }), P('12, boulevard d’Anfa, 20040 Casablanca — Tél. : +212 522 26 14 90 — Fax : +212 522 26 14 91 — RC 318442', { size: 14, color: '555555' })] }) },
    footers: { default: new Footer({ children: [P('Document confidentiel — transmis au client uniquement dans le cadre de la mission ARC-2026-318 (loi 09-08, CNDP).', { size: 14, align: 'center', color: '777777' })] }) },
    children: [t] }] });
  return { kind: 'docx', doc };
} };

/** T6 Chinese headhunter candidate-recommendation report (猎头推荐报告), consultant contact in the header. */
const zhLietou: Tpl = { name: 'zh-tuijian-titleband', layout: 'table', fn: (p) => {
  const lv = (n: number) => (n >= 5 ? '精通' : n === 4 ? '熟练' : '熟悉');
  const pos = { p08: '数据平台总监', p10: '嵌入式软件经理', p15: '财务总监（拟上市）' }[p.id] ?? p.headline;
  const jobs = rev(p.work).map((j) => `<tr><td class="c">${yDotM(j.start)} – ${j.end ? yDotM(j.end) : '至今'}</td><td><b>${esc(j.company)}</b></td><td>${esc(j.title)}</td></tr><tr><td class="lb">工作内容</td><td colspan="2">${j.duties.map((d, i) => `${i + 1}. ${esc(d)}`).join('　')}</td></tr>`).join('');
  const sk = p.skills.map((s) => `<tr><td>${esc(s.name)}</td><td class="c">${lv(s.level)}</td><td class="c">${s.years ?? ''} 年</td></tr>`).join('');
  const body = `<div class="top"><div class="brand">锐衡人才<small>RUIHENG TALENT</small></div><div class="cons">推荐顾问：周启明　136 0172 8846<br>zhouqm@ruiheng-hr.cn　｜　报告日期：2026-11-20</div></div>
<table class="g">
<tr><td colspan="4" class="band">候选人推荐报告 ｜ 候选人：${esc(p.name)} ｜ 推荐职位：${esc(pos)}</td></tr>
<tr><th>姓名</th><td class="v">${esc(p.name)}</td><th>出生年月</th><td>${esc(p.born)}</td></tr>
<tr><th>现任公司</th><td>${esc(p.work[p.work.length - 1].company)}</td><th>现任职位</th><td>${esc(p.headline)}</td></tr>
<tr><th>所在城市</th><td>${esc(p.work[p.work.length - 1].city)}</td><th>期望薪资</th><td>面议（现年薪约 60 万）</td></tr>
<tr><th>手机</th><td>${esc(p.phoneLocal)}</td><th>邮箱</th><td>${esc(p.email)}</td></tr>
<tr><th>其他电话</th><td colspan="3">${esc(p.other[0].labelZh ?? '')}：${esc(p.other[0].number)}</td></tr>
<tr><td colspan="4" class="sec">一、顾问评估</td></tr>
<tr><td colspan="4">${esc(p.summary)} 候选人离职动机：寻求更大平台。到岗时间：一个月。性格特点：${esc(p.soft.join('，'))}。</td></tr>
<tr><td colspan="4" class="sec">二、工作经历</td></tr>
<tr><td colspan="4" class="in"><table class="x"><tr><th style="width:24%">起止时间</th><th>公司名称</th><th style="width:28%">职位</th></tr>${jobs}</table></td></tr>
<tr><td colspan="4" class="sec">三、专业技能</td></tr>
<tr><td colspan="4" class="in"><table class="x"><tr><th>技能</th><th>熟练程度</th><th>使用年限</th></tr>${sk}</table></td></tr>
<tr><th>语言能力</th><td colspan="3">${p.languages.map((l) => `${esc(l.name)}（${esc(l.level)}）`).join('、')}</td></tr>
<tr><th>证书</th><td colspan="3">${p.certs.map(esc).join('、')}</td></tr>
<tr><th>教育背景</th><td colspan="3">${p.education.map((e) => `${e.start}—${e.end}　${esc(e.school)}　${esc(e.degree)}`).join('<br>')}</td></tr>
</table><p class="note">本报告仅供客户内部使用，未经锐衡人才书面同意，请勿直接联系候选人。</p>`;
  return { kind: 'html', html: page('zh-CN', `
.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #c8102e;padding-bottom:4px;margin-bottom:8px}
.brand{font-size:16pt;font-weight:bold;color:#c8102e} .brand small{display:block;font-size:7pt;letter-spacing:2px;color:#888} .cons{font-size:8pt;text-align:right;color:#444}
table{border-collapse:collapse;width:100%} .g>tbody>tr>th,.g>tbody>tr>td{border:1px solid #999;padding:3px 6px;vertical-align:top}
.g th{background:#f6f0f0;font-weight:normal;width:13%;text-align:left} .v{font-weight:bold;font-size:11pt} .band{background:#c8102e;color:#fff;font-weight:bold;font-size:10.5pt}
.sec{background:#efe3e3;font-weight:bold} .in{padding:0!important} .c{text-align:center;white-space:nowrap} .lb{color:#888;font-size:8pt;text-align:center}
.x td,.x th{border:1px solid #ccc;padding:2px 5px;vertical-align:top} .x th{background:#faf7f7;font-weight:normal} .note{font-size:7.5pt;color:#999}`, body) };
} };

/** T7 Taiwanese company 應徵人員資料表: 姓名 merged over 中文/英文 rows beside a photo cell, ROC-year periods, DOCX. */
const twMianshi: Tpl = { name: 'tw-yueyong-baoming', layout: 'table', fn: (p) => {
  const c = [1300, 1000, 2700, 1500, 1506, 1900];
  const lv = (n: number) => (n >= 5 ? '精通' : n === 4 ? '熟練' : '普通');
  const en = p.id === 'p09' ? 'TSAI, YA-WEN' : 'HSU, CHIA-HAO';
  const jobs = T([
    [L('服務機構', { w: 2800 }), L('職稱', { w: 1900 }), L('任職期間（民國年/月）', { w: 2400 }), L('離職原因', { w: 2806 })],
    ...rev(p.work).map((j, i, a) => [C(P(j.company, { size: 17 }), { w: 2800 }), C(P(j.title, { size: 17 }), { w: 1900 }), C(P(`${rocYM(j.start)} ～ ${j.end ? rocYM(j.end) : '迄今'}`, { size: 17 }), { w: 2400 }), C(P(j.end ? (a[i - 1]?.company === j.company ? '內部晉升' : '職涯發展') : '在職中', { size: 17 }), { w: 2806 })]),
  ], [2800, 1900, 2400, 2806]);
  const sk = p.skills.map((s) => `${s.name}（${lv(s.level)}）`).join('、');
  const t = T([
    [C(P(p.id === 'p09' ? '國立北港科技大學　設計創新研究中心' : '國立鳳山科技大學　半導體封測研究中心', { bold: true, size: 26, align: 'center' }), { span: 6, shade: 'DCE6F0' })],
    [C(P('115 年度 約用人員甄選報名表', { bold: true, size: 22, align: 'center' }), { span: 6 })],
    [L('報考職缺', { w: c[0] }), C(p.id === 'p09' ? '約用 UX 研究專員（職缺代碼 D-03）' : '約用製程工程師（職缺代碼 S-11）', { span: 2 }), L('報名序號', { w: c[3] }), C('（由承辦人填寫）', { w: c[4] }), C([P('照片', { align: 'center', color: '888888' }), P('（請貼二吋半身照）', { align: 'center', size: 14, color: '888888' })], { rows: 4, w: c[5], vcenter: true })],
    [L('姓　名', { w: c[0], rows: 2, vcenter: true }), L('中文', { w: c[1] }), C(P(p.name, { bold: true, size: 24 }), { w: c[2] }), L('性別', { w: c[3] }), C(p.id === 'p09' ? '女' : '男', { w: c[4] })],
    [L('英文', { w: c[1] }), C(en, { w: c[2] }), L('出生日期', { w: c[3] }), C(p.born, { w: c[4] })],
    [L('身分證字號', { w: c[0] }), C(p.id === 'p09' ? 'F22•••••47' : 'E12•••••08', { span: 2 }), L('兵役', { w: c[3] }), C(p.id === 'p09' ? '—' : '役畢（陸軍）', { w: c[4] })],
    [L('聯絡電話', { w: c[0], rows: 3, vcenter: true }), L('手機', { w: c[1] }), C(P(p.phoneLocal, { bold: true }), { span: 4 })],
    [L(p.other[0].labelZh ?? '住家', { w: c[1] }), C(p.other[0].number, { span: 4 })],
    [L('緊急聯絡人', { w: c[1] }), C(p.id === 'p09' ? '蔡文雄（父）0937-625-184' : '許林淑芬（母）0910-337-256', { span: 4 })],
    [L('E-mail', { w: c[0] }), C(p.email, { span: 5 })],
    [L('通訊地址', { w: c[0] }), C(p.address, { span: 5 })],
    [L('學　歷', { w: c[0] }), C(p.education.map((e) => `${e.school}　${e.degree}（${e.start}–${e.end}）`), { span: 5 })],
    [C(P('工作經歷（由最近者填起）', { bold: true }), { span: 6, shade: 'DCE6F0' })],
    [C([jobs], { span: 6 })],
    [L('電腦技能', { w: c[0] }), C(sk, { span: 5 })],
    [L('語文能力', { w: c[0] }), C(p.languages.map((l) => `${l.name}：${l.level}`).join('；'), { span: 5 })],
    [L('專業證照', { w: c[0] }), C(p.certs.join('、'), { span: 5 })],
    [L('自我評價', { w: c[0] }), C(p.summary + '　' + p.soft.join('、'), { span: 5 })],
  ], c);
  const doc = new Document({ styles: { default: { document: { run: { font: { ascii: FONT, hAnsi: FONT, eastAsia: 'Noto Sans CJK TC' }, size: 18 } } } }, sections: [{ properties: A4,
    footers: { default: new Footer({ children: [P('本人保證所填資料均屬實，如有不實願取消錄取資格。　報名人簽章：__________　承辦人：人事室 (07) 555-6120 分機 2231', { size: 14, align: 'center' })] }) },
    children: [t] }] });
  return { kind: 'docx', doc };
} };

/** T8 Japanese JIS-style 履歴書: ふりがな over 氏名 beside a photo, 年 | 月 | 学歴・職歴 rows with 入社/退社. */
const jpRirekisho: Tpl = { name: 'jp-rirekisho-jis', layout: 'table', fn: (p) => {
  const rows: string[] = [];
  const add = (yy: string, mm: string, txt: string, cls = '') => rows.push(`<tr><td class="yy">${yy}</td><td class="mm">${mm}</td><td class="${cls}">${txt}</td></tr>`);
  add('', '', '学　歴', 'mid');
  for (const e of p.education.slice().reverse()) { add(e.start, '9', `${esc(e.school)} 入学`); add(e.end, '7', `${esc(e.school)} ${esc(e.degree)} 修了`); }
  add('', '', '職　歴', 'mid');
  p.work.forEach((j, i) => {
    const prev = p.work[i - 1];
    if (prev && prev.company === j.company) add(y(j.start), String(mi(j.start)), `${esc(j.company)} ${esc(j.title)} に昇格`);
    else add(y(j.start), String(mi(j.start)), `${esc(j.company)} 入社（${esc(j.title)}）`);
    const next = p.work[i + 1];
    if (j.end && !(next && next.company === j.company)) add(y(j.end), String(mi(j.end)), `${esc(j.company)} 退社（一身上の都合により）`);
  });
  add('', '', '現在に至る', 'rt'); add('', '', '以上', 'rt');
  const lic = p.certs.map((c) => `<tr><td class="yy">—</td><td class="mm"></td><td>${esc(c)} 取得</td></tr>`).join('') + p.languages.filter((l) => /N\d|TOEIC|TOPIK/.test(l.level)).map((l) => `<tr><td class="yy">—</td><td class="mm"></td><td>${esc(l.name)} ${esc(l.level)}</td></tr>`).join('');
  const body = `<div class="hd"><h1>履　歴　書</h1><span>2026年 12月 1日現在</span></div>
<table class="g">
<tr><th class="k">ふりがな</th><td class="furi">${esc(p.kana ?? '')}</td><td rowspan="3" class="ph">${svgPerson(84, 108)}<div class="phc">写真 3×4 cm</div></td></tr>
<tr><th class="k">氏　名</th><td class="nm">${esc(p.family)}　${esc(p.given)}<div class="en">${esc(p.familyEn ?? '')} ${esc(p.givenEn ?? '')}</div></td></tr>
<tr><th class="k">生年月日</th><td>${p.born}年 生　（国籍：${p.id === 'p12' ? '中国' : 'シンガポール'}）　　性別：女</td></tr>
<tr><th class="k">現住所</th><td colspan="2">${esc(p.address)}</td></tr>
<tr><th class="k">電話（携帯）</th><td colspan="2"><b>${esc(p.phoneLocal)}</b>　（${p.id === 'p12' ? '勤務先' : '自宅・シンガポール'}：${esc(p.other[0].number)}）</td></tr>
<tr><th class="k">E-mail</th><td colspan="2">${esc(p.email)}</td></tr>
</table>
<table class="h"><tr><th class="yy">年</th><th class="mm">月</th><th>学歴・職歴（各別にまとめて書く）</th></tr>${rows.join('')}</table>
<table class="h"><tr><th class="yy">年</th><th class="mm">月</th><th>免許・資格</th></tr>${lic}</table>
<table class="g2"><tr><th>特技・スキル（使用ツール）</th></tr><tr><td>${groups(p).map(([g, s]) => `【${esc(g)}】 ${s.map((x) => esc(x.name)).join('、')}`).join('<br>')}</td></tr>
<tr><th>志望の動機・自己PR</th></tr><tr><td>${esc(p.summary)}</td></tr>
<tr><th>本人希望記入欄</th></tr><tr><td>貴社規定に従います。勤務地：東京都内希望。</td></tr></table>`;
  return { kind: 'html', html: page('ja', `
body{font-family:"Liberation Serif","Noto Serif CJK JP",serif}
.hd{display:flex;justify-content:space-between;align-items:flex-end} h1{font-size:18pt;margin:0 0 4px;letter-spacing:6px} .hd span{font-size:9pt}
table{border-collapse:collapse;width:100%;margin-bottom:6px} td,th{border:1px solid #333;padding:3px 6px;vertical-align:top}
.g th.k{width:18%;font-weight:normal;font-size:8.5pt;text-align:left} .furi{font-size:8.5pt;border-bottom:1px dashed #333} .nm{font-size:20pt;padding:6px}
.en{font-size:9pt;color:#444;letter-spacing:1px} .ph{width:100px;text-align:center;vertical-align:middle} .phc{font-size:7pt;color:#666}
.h th{font-weight:normal;font-size:8.5pt} .yy{width:9%;text-align:center} .mm{width:6%;text-align:center} .mid{text-align:center;letter-spacing:4px} .rt{text-align:right}
.g2 th{font-weight:normal;font-size:8.5pt;text-align:left;background:#f4f4f4}`, body) };
} };

/** T9 Korean company 입사지원서: 성명 label spanning 한글/한자/영문 rows beside a photo cell, 경력사항 "~ 현재". */
const krIpsa: Tpl = { name: 'kr-ipsa-jiwonseo', layout: 'table', fn: (p) => {
  const hangul = p.id === 'p13' ? '리 하오란' : '정 가흔';
  const lv = (n: number) => (n >= 5 ? '상' : n === 4 ? '중상' : '중');
  const comp = p.id === 'p13' ? '(주)한결바이오헬스' : '(주)누리코스메틱';
  const jobs = rev(p.work).map((j) => `<tr><td class="c">${yDotM(j.start)} ~ ${j.end ? yDotM(j.end) : '현재'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('; ')}</td></tr>`).join('');
  const sk: string[] = []; const s = p.skills;
  for (let i = 0; i < s.length; i += 2) sk.push(`<tr><td>${esc(s[i].name)}</td><td class="c">${lv(s[i].level)}</td>${s[i + 1] ? `<td>${esc(s[i + 1].name)}</td><td class="c">${lv(s[i + 1].level)}</td>` : '<td></td><td></td>'}</tr>`);
  const body = `<div class="co">${comp} 인사팀 ｜ 채용공고 제2026-117호</div>
<table class="g">
<tr><td colspan="6" class="band">입 사 지 원 서 <small>APPLICATION FORM</small></td></tr>
<tr><th colspan="2">지원분야</th><td colspan="3">${p.id === 'p13' ? 'AI 연구소 / 데이터사이언스 팀장' : '글로벌 디지털마케팅 팀장'}</td><td rowspan="6" class="ph">${svgPerson(78, 100)}<div class="s">사진 (3×4)</div></td></tr>
<tr><th rowspan="3" class="vm">성 명</th><th class="sub">한글</th><td colspan="3">${hangul}</td></tr>
<tr><th class="sub">한자</th><td colspan="3" class="v">${esc(p.name)}</td></tr>
<tr><th class="sub">영문</th><td colspan="3">${esc((p.familyEn ?? '') + ' ' + (p.givenEn ?? '').toUpperCase())}</td></tr>
<tr><th colspan="2">생년월일</th><td>${p.born}년</td><th>국적</th><td>${p.id === 'p13' ? '중국 (F-2 비자)' : '홍콩'}</td></tr>
<tr><th colspan="2">휴대폰</th><td>${esc(p.id === 'p13' ? p.phoneLocal : intl(p))}</td><th>전화(직장)</th><td>${esc(p.other[0].number)}</td></tr>
<tr><th colspan="2">이메일</th><td colspan="4">${esc(p.email)}</td></tr>
<tr><th colspan="2">주소</th><td colspan="4">${esc(p.address)}</td></tr>
<tr><td colspan="6" class="sec">학력사항</td></tr>
${p.education.map((e) => `<tr><td colspan="2" class="c">${e.start} ~ ${e.end}</td><td colspan="2">${esc(e.school)}</td><td colspan="2">${esc(e.degree)} (졸업)</td></tr>`).join('')}
<tr><td colspan="6" class="sec">경력사항</td></tr>
<tr><td colspan="6" class="in"><table class="x"><tr><th style="width:22%">근무기간</th><th style="width:27%">회사명</th><th style="width:22%">직위</th><th>담당업무</th></tr>${jobs}</table></td></tr>
<tr><td colspan="6" class="sec">보유기술 (활용수준: 상/중/하)</td></tr>
<tr><td colspan="6" class="in"><table class="x"><tr><th>기술</th><th>수준</th><th>기술</th><th>수준</th></tr>${sk.join('')}</table></td></tr>
<tr><td colspan="6" class="sec">외국어 / 자격증</td></tr>
<tr><th colspan="2">외국어</th><td colspan="4">${p.languages.map((l) => `${esc(l.name)} (${esc(l.level)})`).join(', ')}</td></tr>
<tr><th colspan="2">자격증</th><td colspan="4">${p.certs.map(esc).join(', ')}</td></tr>
</table><p class="s">위의 기재 사항은 사실과 틀림이 없습니다. &nbsp; 2026년 11월 &nbsp; 지원자: ${esc(p.name)} (인)</p>`;
  return { kind: 'html', html: page('ko', `
body{font-family:"Liberation Sans","Noto Sans CJK KR",sans-serif} .co{font-size:8pt;color:#555;text-align:right}
table{border-collapse:collapse;width:100%} .g>tbody>tr>th,.g>tbody>tr>td{border:1px solid #444;padding:3px 5px;vertical-align:top}
.g th{background:#eef2f7;font-weight:normal;font-size:8.5pt;width:12%} .g th.sub{width:7%} .vm{vertical-align:middle!important}
.band{text-align:center;font-size:16pt;font-weight:bold;letter-spacing:4px;background:#1e3a5f;color:#fff} .band small{font-size:8pt;letter-spacing:1px}
.v{font-size:12pt;font-weight:bold} .ph{width:92px;text-align:center;vertical-align:middle!important} .s{font-size:7.5pt;color:#666}
.sec{background:#d5deea;font-weight:bold;font-size:9pt} .in{padding:0!important} .c{text-align:center;white-space:nowrap}
.x td,.x th{border:1px solid #aab;padding:2px 5px;vertical-align:top;font-size:9pt} .x th{background:#f5f7fa;font-weight:normal}`, body) };
} };

/** T10 a Word table converted to text (tabs between cells, a line per row, cell paragraphs on their own lines). */
const txtWordTabs: Tpl = { name: 'txt-word-table-tabs', layout: 'table', fn: (p) => {
  const zh = p.lang === 'zh';
  const out: string[] = [];
  if (zh) {
    out.push('个人简历', '', `姓名\t${p.name}\t性别\t女\t出生年月\t${p.born}`, `手机\t${p.phoneLocal}\t${p.other[0].labelZh}\t${p.other[0].number}`, `邮箱\t${p.email}`, `现居住地\t${p.address}`, `求职意向\t${p.headline}`, '',
      '工作经历', '起始年月\t终止年月\t工作单位\t职务');
    for (const j of rev(p.work)) { out.push(`${yDotM(j.start)}\t${j.end ? yDotM(j.end) : '至今'}\t${j.company}\t${j.title}`); for (const d of j.duties) out.push(`\t\t${d}`); }
    out.push('', '专业技能');
    for (const [g, s] of groups(p)) out.push(`${g}\t${s.map((x) => x.name).join('、')}`);
    out.push('', `语言能力\t${p.languages.map((l) => `${l.name}（${l.level}）`).join('、')}`, `资格证书\t${p.certs.join('、')}`, `教育经历\t${p.education.map((e) => `${e.start}.09—${e.end}.07\t${e.school}\t${e.degree}`).join('\n\t')}`, `自我评价\t${p.summary}`);
  } else {
    out.push('CURRICULUM VITAE', '', `Name\t${p.name}`, `Date of birth\t${p.born}\tNationality\t${p.nationality}`, `Mobile\t${intl(p)}\t${p.other[0].label}\t${p.other[0].number}`, `E-mail\t${p.email}`, `Address\t${p.address}`, '',
      'EMPLOYMENT HISTORY', 'From\tTo\tEmployer\tPosition');
    for (const j of rev(p.work)) { out.push(`${mmY(j.start)}\t${j.end ? mmY(j.end) : 'to date'}\t${j.company}, ${j.city}\t${j.title}`); for (const d of j.duties) out.push(`\t\t\t${d}`); }
    out.push('', 'SKILLS');
    for (const [g, s] of groups(p)) out.push(`${g}\t${s.map((x) => x.name).join('; ')}`);
    out.push('', 'LANGUAGES', ...p.languages.map((l) => `${l.name}\t${l.level}`), '', `CERTIFICATES\t${p.certs.join('\n\t')}`, '', 'EDUCATION', ...p.education.map((e) => `${e.start}\t${e.end}\t${e.school}\t${e.degree}`));
  }
  return { kind: 'txt', text: out.join('\r\n') + '\r\n' };
} };

/** T11 Croatian employer's job application form (HR/EN labels): Ime | Prezime cells, OIB, skill table 1–5, DOCX. */
const hrPrijava: Tpl = { name: 'hr-prijavnica', layout: 'table', fn: (p) => {
  const c = [2000, 2953, 2000, 2953];
  const jobs = T([
    [L('Od / From', { w: 1200 }), L('Do / To', { w: 1300 }), L('Poslodavac / Employer', { w: 2900 }), L('Radno mjesto / Position', { w: 2600 }), L('Razlog odlaska', { w: 1906 })],
    ...rev(p.work).map((j, i, a) => [C(P(mmY(j.start, '/'), { size: 17 }), { w: 1200 }), C(P(j.end ? mmY(j.end) : 'trenutačno / current', { size: 17 }), { w: 1300 }), C(P(j.company, { size: 17, bold: true }), { w: 2900 }), C(P(j.title, { size: 17 }), { w: 2600 }), C(P(j.end ? (a[i - 1]?.company === j.company ? 'promaknuće' : 'novi izazov') : '—', { size: 16 }), { w: 1906 })]),
  ], [1200, 1300, 2900, 2600, 1906]);
  const skT = T([[L('Program / alat — Software / tool', { w: 5000 }), L('Razina 1–5 / Level', { w: 2000 }), L('Godine / Years', { w: 2906 })], ...p.skills.map((s) => [C(P(s.name, { size: 17 }), { w: 5000 }), C(P(dots(s.level), { size: 17, color: '1F5F8B' }), { w: 2000 }), C(P(String(s.years ?? ''), { size: 17 }), { w: 2906 })])], [5000, 2000, 2906]);
  const t = T([
    [C(P([r('PRIJAVA ZA POSAO / JOB APPLICATION', { bold: true, size: 24, color: 'FFFFFF' }), r(`\tKandidat / Applicant: ${p.name}`, { size: 18, color: 'FFFFFF' })], { tabs: [{ type: 'right', pos: W - 200 }] }), { span: 4, shade: '1F5F8B' })],
    [L('Ime / First name', { w: c[0] }), C(P(p.given, { bold: true, size: 20 }), { w: c[1] }), L('Prezime / Surname', { w: c[2] }), C(P(p.family, { bold: true, size: 20 }), { w: c[3] })],
    [L('OIB', { w: c[0] }), C('48•••••••17', { w: c[1] }), L('Godina rođenja', { w: c[2] }), C(p.born, { w: c[3] })],
    [L('Mobitel / Mobile', { w: c[0] }), C(P(p.phoneLocal, { bold: true }), { w: c[1] }), L('Telefon (kućni) / Home', { w: c[2] }), C(p.other[0].number, { w: c[3] })],
    [L('E-pošta / E-mail', { w: c[0] }), C(p.email, { span: 3 })],
    [L('Adresa / Address', { w: c[0] }), C(p.address, { span: 3 })],
    [L('Radno mjesto za koje se prijavljujete', { w: c[0] }), C('Direktor/ica prihoda (Director of Revenue)', { span: 3 })],
    [C(P('RADNO ISKUSTVO / WORK EXPERIENCE (počevši od posljednjeg)', { bold: true }), { span: 4, shade: 'D6E4EE' })],
    [C([jobs], { span: 4 })],
    [C(P('ZNANJA I VJEŠTINE / SKILLS', { bold: true }), { span: 4, shade: 'D6E4EE' })],
    [C([skT], { span: 4 })],
    [L('Strani jezici / Languages', { w: c[0] }), C(p.languages.map((l) => `${l.name} ${l.level}`).join(', '), { span: 3 })],
    [L('Certifikati / Certificates', { w: c[0] }), C(p.certs.join('; '), { span: 3 })],
    [L('Obrazovanje / Education', { w: c[0] }), C(p.education.map((e) => `${e.degree}, ${e.school} (${e.start}–${e.end})`), { span: 3 })],
  ], c);
  const doc = new Document({ styles: { default: { document: { run: { font: FONT, size: 18 } } } }, sections: [{ properties: A4,
    headers: { default: new Header({ children: [P([r('DALMACIJA HOTELS & VILLAS d.d.', { bold: true, size: 18, color: '1F5F8B' }), r('\tObrazac OBR-LJP-07 · Služba ljudskih potencijala · tel. 021 555 800', { size: 14 })], { tabs: [{ type: 'right', pos: W }] })] }) },
    footers: { default: new Footer({ children: [P('Podaci se obrađuju sukladno Općoj uredbi o zaštiti podataka (GDPR).', { size: 14, align: 'center', color: '777777' })] }) },
    children: [t] }] });
  return { kind: 'docx', doc };
} };

/** T12 Chinese 应聘人员登记表 (DOCX): 姓 | 名 in separate cells, title band, photo cell, 紧急联系人, skills by 精通/熟练. */
const zhDengji: Tpl = { name: 'zh-dengji-xingming-split', layout: 'table', fn: (p) => {
  const c = [1250, 1250, 1250, 1700, 1150, 1450, 1856];
  const byLv = (lo: number, hi: number) => p.skills.filter((s) => s.level >= lo && s.level <= hi).map((s) => s.name).join('、');
  const jobs = T([[L('起止年月', { w: 2300 }), L('工作单位', { w: 3400 }), L('职务', { w: 2000 }), L('证明人/电话', { w: 2206 })],
    ...rev(p.work).map((j, i) => [C(P(`${yDotM(j.start)}—${j.end ? yDotM(j.end) : '至今'}`, { size: 17 }), { w: 2300 }), C(P(j.company, { size: 17 }), { w: 3400 }), C(P(j.title, { size: 17 }), { w: 2000 }), C(P(['刘总监 186 2173 0458', '陈总 0571-8890 2316', '李主管 021-5178 0026', '孙工 138 0197 5532'][i] ?? '', { size: 16 }), { w: 2206 })])], [2300, 3400, 2000, 2206]);
  const t = T([
    [C(P('上海弘暄科技集团有限公司　应聘人员登记表', { bold: true, size: 28, align: 'center' }), { span: 7, noBorder: false })],
    [L('姓', { w: c[0] }), C(P(p.family, { bold: true, size: 22 }), { w: c[1] }), L('名', { w: c[2] }), C(P(p.given, { bold: true, size: 22 }), { w: c[3] }), L('性别', { w: c[4] }), C('女', { w: c[5] }), C([P('近期免冠', { align: 'center', color: '999999' }), P('一寸照片', { align: 'center', color: '999999' })], { rows: 4, w: c[6], vcenter: true })],
    [L('曾用名', { w: c[0] }), C('无', { w: c[1] }), L('出生年月', { w: c[2] }), C(p.born, { w: c[3] }), L('学历', { w: c[4] }), C('本科', { w: c[5] })],
    [L('手机', { w: c[0] }), C(P(p.phoneLocal, { bold: true }), { span: 3 }), L('座机', { w: c[4] }), C(p.other[0].number, { w: c[5] })],
    [L('电子邮箱', { w: c[0] }), C(p.email, { span: 3 }), L('婚否', { w: c[4] }), C('已婚', { w: c[5] })],
    [L('现住址', { w: c[0] }), C(p.address, { span: 6 })],
    [L('紧急联系人', { w: c[0] }), C('王志诚（配偶）', { span: 2 }), L('紧急联系电话', { w: c[3] }), C('139 1625 4471', { span: 3 })],
    [L('应聘职位', { w: c[0] }), C('数据平台总监', { span: 3 }), L('期望月薪', { w: c[4] }), C('面议', { span: 2 })],
    [C(P('工作经历（从最近一份写起）', { bold: true }), { span: 7, shade: 'E2E2E2' })],
    [C([jobs], { span: 7 })],
    [L('专业技能', { w: c[0] }), C([P('精通：' + byLv(5, 5)), P('熟练：' + byLv(4, 4)), P('了解：' + byLv(1, 3))], { span: 6 })],
    [L('外语水平', { w: c[0] }), C(p.languages.map((l) => `${l.name} ${l.level}`).join('，'), { span: 2 }), L('职业资格', { w: c[3] }), C(p.certs.join('；'), { span: 3 })],
    [L('教育经历', { w: c[0] }), C(p.education.map((e) => `${e.start}.09—${e.end}.07　${e.school}　${e.degree}`), { span: 6 })],
    [L('自我评价', { w: c[0] }), C(p.soft.join('，') + '。' + p.summary, { span: 6 })],
  ], c);
  const doc = new Document({ styles: { default: { document: { run: { font: { ascii: FONT, hAnsi: FONT, eastAsia: 'Noto Sans CJK SC' }, size: 18 } } } }, sections: [{ properties: A4,
    headers: { default: new Header({ children: [P([r(`应聘人：${p.name}`, { size: 16 }), r('\t编号：HX-HR-2026-0917　　　人力资源部制', { size: 16 })], { tabs: [{ type: 'right', pos: W }] })] }) },
    children: [t, P(''), P('本人承诺以上信息真实有效，如有虚假，公司有权解除劳动合同。', { size: 16 }), P(`应聘人签字：${p.name}　　　　日期：2026 年 11 月 　日`, { align: 'right', size: 16 })] }] });
  return { kind: 'docx', doc };
} };

// ================================================================= TWO-COLUMN templates

/** C1 CSS display:table two-cell page: left rail with skills grouped under sub-headings and ★ ratings, languages starred too. */
const railStars: Tpl = { name: 'rail-star-groups', layout: 'two-column', fn: (p) => {
  const mixed = p.lang === 'mixed';
  const grp = groups(p).map(([g, s]) => `<h4>${esc(g)}</h4>${s.map((x) => `<div class="sr"><span>${esc(x.name)}</span><span class="st">${stars(x.level)}</span></div>`).join('')}`).join('');
  const langStar = (l: string) => (/native|C2|fluent/.test(l) ? 5 : /C1|N1|6|7\.5/.test(l) ? 4 : /B2/.test(l) ? 3 : 2);
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="jt"><b>${esc(j.title)}</b> · ${esc(j.company)}</div><div class="dt">${monY(j.start)} – ${j.end ? monY(j.end) : 'Present'} &nbsp;|&nbsp; ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="wrap"><div class="rail">
<div class="cl"><span class="k">M</span>${esc(intl(p))}</div><div class="cl"><span class="k">E</span>${esc(p.email)}</div><div class="cl"><span class="k">A</span>${esc(p.address)}</div>
<h3>Skills</h3>${grp}
<h4>Languages</h4>${p.languages.map((l) => `<div class="sr"><span>${esc(l.name)}</span><span class="st">${stars(langStar(l.level))}</span></div>`).join('')}
<h4>Personal</h4>${p.soft.map((s) => `<div class="sr"><span>${esc(s)}</span></div>`).join('')}
<h3>Certificates</h3>${p.certs.map((c) => `<div class="cert">${esc(c)}</div>`).join('')}
</div><div class="main">
<h1>${mixed ? `${esc(p.name)} <span class="en">${esc(p.nameEn ?? '')}</span>` : esc(p.name).toUpperCase()}</h1><div class="hl">${esc(p.headline)}</div>
<p class="sum">${esc(p.summary)}</p>
<h2>Experience</h2>${jobs}
<h2>Education</h2>${p.education.map((e) => `<div class="job"><b>${esc(e.degree)}</b> · ${esc(e.school)} <span class="dt">${e.start} – ${e.end}</span></div>`).join('')}
</div></div>`;
  return { kind: 'html', html: page('en', `
body{font-family:${sc(p)}} .wrap{display:table;width:100%;table-layout:fixed} .rail,.main{display:table-cell;vertical-align:top}
.rail{width:62mm;background:#f1eee8;padding:10px 10px;border-right:3px solid #b5893b} .main{padding:2px 4px 0 14px}
.cl{font-size:8.5pt;margin-bottom:3px;word-break:break-word} .k{display:inline-block;width:14px;height:14px;background:#b5893b;color:#fff;font-size:7pt;text-align:center;line-height:14px;margin-right:5px;border-radius:2px}
h3{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;color:#7a5a1e;margin:12px 0 2px;border-bottom:1px solid #b5893b}
h4{font-size:8.5pt;margin:7px 0 2px;color:#555;font-style:italic;font-weight:normal} .sr{display:flex;justify-content:space-between;font-size:8.8pt}
.st{color:#b5893b;letter-spacing:1px;font-size:8pt} .cert{font-size:8.3pt;margin-bottom:3px}
h1{font-size:21pt;margin:0;letter-spacing:1px;color:#2b2b2b} h1 .en{font-size:13pt;color:#666;font-weight:normal} .hl{color:#b5893b;font-size:10.5pt;margin-bottom:6px}
.sum{font-size:9.2pt;color:#333} h2{font-size:11pt;color:#7a5a1e;border-bottom:2px solid #b5893b;margin:12px 0 6px}
.job{margin-bottom:7px} .dt{font-size:8.5pt;color:#777} ul{margin:2px 0 0 0;padding-left:15px} li{font-size:9pt}`, body) };
} };

/** C2 flex page, main column carries "Core competencies" (methods), the right rail carries software pills; contact last in the rail. */
const splitSkills: Tpl = { name: 'split-skills-rightrail', layout: 'two-column', fn: (p) => {
  const methodGroups = new Set(['Methods', 'Standards', 'Planning', 'Project tools']);
  const core = p.skills.filter((s) => methodGroups.has(s.group));
  const tools = p.skills.filter((s) => !methodGroups.has(s.group));
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="row"><span class="co">${esc(j.company)}</span><span class="dt">${y(j.start)}/${m(j.start)} → ${j.end ? `${y(j.end)}/${m(j.end)}` : 'now'}</span></div><div class="ti">${esc(j.title)}, ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="f"><div class="main">
<h1>${esc(p.given)} <b>${esc(p.family)}</b></h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
<h2>Core competencies</h2><ul class="cc">${core.map((s) => `<li>${esc(s.name)}</li>`).join('')}</ul>
<h2>Career</h2>${jobs}
<h2>Education</h2>${p.education.map((e) => `<div>${esc(e.degree)} — ${esc(e.school)}, ${e.start}–${e.end}</div>`).join('')}
</div><aside>
<h3>Software</h3><div class="pills">${tools.map((s) => `<span class="pill">${esc(s.name)}</span>`).join('')}</div>
<h3>Languages</h3>${p.languages.map((l) => `<div>${esc(l.name)} <span class="g">${esc(l.level)}</span></div>`).join('')}
<h3>Credentials</h3>${p.certs.map((c) => `<div class="cr">${esc(c)}</div>`).join('')}
<h3>Strengths</h3><div class="pills">${p.soft.map((s) => `<span class="pill soft">${esc(s)}</span>`).join('')}</div>
<h3>Contact</h3><div class="ct">${icon.phone} ${esc(intl(p))}<br>${icon.phone} ${esc(p.other[0].number)} <span class="g">${esc(p.other[0].label.toLowerCase())}</span><br>${icon.mail} ${esc(p.email)}<br>${icon.pin} ${esc(p.address)}</div>
</aside></div>`;
  return { kind: 'html', html: page('en', `
.f{display:flex;gap:14px} .main{flex:1} aside{width:58mm;background:#eaf3ee;padding:8px 10px;border-radius:4px}
h1{font-size:22pt;margin:0;font-weight:300;color:#1d4d3a} h1 b{font-weight:700} .hl{font-size:10.5pt;color:#2e7d5b;margin-bottom:4px}
h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;color:#1d4d3a;border-bottom:1px solid #9cc5b1;margin:10px 0 5px}
.cc{columns:2;margin:0;padding-left:16px} .cc li{font-size:9.2pt}
.job{margin-bottom:7px} .row{display:flex;justify-content:space-between} .co{font-weight:bold} .dt{font-family:"Liberation Mono",monospace;font-size:8.5pt;color:#2e7d5b} .ti{font-style:italic;font-size:9pt}
ul{margin:2px 0;padding-left:15px} li{font-size:9pt} h3{font-size:9pt;text-transform:uppercase;color:#1d4d3a;margin:10px 0 4px;letter-spacing:1px}
.pills{display:flex;flex-wrap:wrap;gap:3px} .pill{background:#2e7d5b;color:#fff;border-radius:9px;padding:1px 7px;font-size:8.3pt} .pill.soft{background:#fff;color:#2e7d5b;border:1px solid #2e7d5b}
.g{color:#6b8f7e;font-size:8.3pt} .cr{font-size:8.5pt;margin-bottom:3px} .ct{font-size:8.5pt;line-height:1.6;word-break:break-word} svg{vertical-align:-1px;color:#2e7d5b}`, body) };
} };

/** C3 CSS grid, left rail holding a Skill | Yrs | Level table; surname capitals in the main header. */
const railSkillTable: Tpl = { name: 'rail-skill-table', layout: 'two-column', fn: (p) => {
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="d">${longY(j.start)} — ${j.end ? longY(j.end) : 'present'}</div><div><b>${esc(j.title)}</b></div><div class="co">${esc(j.company)} · ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="g"><div class="rail">
<div class="ini">${esc(p.given[0])}${esc(p.family[0])}</div>
<div class="ci">${icon.phone}<span>${esc(intl(p))}</span></div><div class="ci">${icon.home}<span>${esc(p.other[0].number)}</span></div><div class="ci">${icon.mail}<span>${esc(p.email)}</span></div><div class="ci">${icon.pin}<span>${esc(p.address)}</span></div>
<h3>Technical skills</h3><table class="sk"><tr><th>Skill</th><th>Yrs</th><th>Level</th></tr>${p.skills.map((s) => `<tr><td>${esc(s.name)}</td><td class="n">${s.years ?? ''}</td><td><span class="bar"><i style="width:${s.level * 20}%"></i></span></td></tr>`).join('')}</table>
<h3>Languages</h3><table class="sk">${p.languages.map((l) => `<tr><td>${esc(l.name)}</td><td colspan="2">${esc(l.level)}</td></tr>`).join('')}</table>
<h3>Certifications</h3>${p.certs.map((c) => `<div class="c">${esc(c)}</div>`).join('')}
</div><div class="main">
<h1>${esc(p.given)} <span>${esc(p.family.toUpperCase())}</span></h1><div class="hl">${esc(p.headline)}</div>
<h2>Profile</h2><p>${esc(p.summary)} ${esc(p.soft.join(', '))}.</p>
<h2>Work history</h2>${jobs}
<h2>Education</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b>, ${esc(e.school)} (${e.start}–${e.end})</div>`).join('')}
</div></div>`;
  return { kind: 'html', html: page('en', `
.g{display:grid;grid-template-columns:64mm 1fr;gap:0 14px} .rail{background:#263746;color:#e9eef2;padding:10px;border-radius:3px}
.ini{width:44px;height:44px;border-radius:50%;border:2px solid #7fb3d5;color:#7fb3d5;font-size:15pt;display:flex;align-items:center;justify-content:center;margin-bottom:8px}
.ci{display:flex;gap:6px;font-size:8.3pt;margin-bottom:3px;word-break:break-word} .ci svg{flex:none;margin-top:2px;color:#7fb3d5}
h3{font-size:9pt;text-transform:uppercase;letter-spacing:1px;color:#7fb3d5;margin:11px 0 3px}
.sk{width:100%;border-collapse:collapse;font-size:8.3pt} .sk td,.sk th{border-bottom:1px solid #3d5366;padding:2px 2px} .sk th{text-align:left;color:#9fb3c3;font-weight:normal;font-size:7.5pt}
.n{text-align:center} .bar{display:inline-block;width:40px;height:5px;background:#3d5366} .bar i{display:block;height:5px;background:#7fb3d5}
.c{font-size:8.2pt;margin-bottom:3px} h1{font-size:22pt;margin:0;font-weight:normal} h1 span{font-weight:bold;letter-spacing:1px} .hl{color:#2d6a94;font-size:10.5pt}
h2{font-size:10.5pt;color:#263746;border-bottom:2px solid #7fb3d5;margin:10px 0 5px} p{margin:2px 0;font-size:9.3pt}
.job{margin-bottom:7px} .d{font-size:8.3pt;color:#2d6a94;text-transform:uppercase;letter-spacing:.5px} .co{font-size:9pt;color:#555} ul{margin:2px 0;padding-left:15px} li{font-size:9pt}`, body) };
} };

/** C4 Chinese template (simplified or traditional): header band, right rail with 精通/熟练/熟悉 sub-headings and dot ratings. */
const zhJingtong: Tpl = { name: 'zh-jingtong-dots', layout: 'two-column', fn: (p) => {
  const t = isZhT(p);
  const L3 = t ? ['精通', '熟練', '熟悉'] : ['精通', '熟练', '熟悉'];
  const lvl = [p.skills.filter((s) => s.level >= 5), p.skills.filter((s) => s.level === 4), p.skills.filter((s) => s.level <= 3)];
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="r"><b>${esc(j.company)}</b><span class="d">${yDotM(j.start)} — ${j.end ? yDotM(j.end) : t ? '迄今' : '至今'}</span></div><div class="ti">${esc(j.title)}</div><ol>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol></div>`).join('');
  const body = `<div class="band"><div><div class="nm">${esc(p.name)}</div><div class="hl">${t ? '求職意向' : '求职意向'}：${esc(p.headline)}</div></div><div class="ph">${svgPerson(58, 72, '#9aa7b5')}</div></div>
<div class="g"><div class="main">
<h2>${t ? '個人簡介' : '个人简介'}</h2><p>${esc(p.summary)}</p>
<h2>${t ? '工作經歷' : '工作经历'}</h2>${jobs}
<h2>${t ? '教育背景' : '教育背景'}</h2>${p.education.map((e) => `<div class="r"><span>${esc(e.school)}　${esc(e.degree)}</span><span class="d">${e.start} — ${e.end}</span></div>`).join('')}
</div><aside>
<h3>${t ? '聯絡方式' : '联系方式'}</h3><div class="ct">${t ? '手機' : '手机'}　${esc(p.phoneLocal)}<br>${esc(p.other[0].labelZh ?? '')}　${esc(p.other[0].number)}<br>${t ? '信箱' : '邮箱'}　${esc(p.email)}<br>${t ? '地址' : '地址'}　${esc(p.address)}</div>
<h3>${t ? '專業技能' : '专业技能'}</h3>${lvl.map((arr, i) => (arr.length ? `<h4>${L3[i]}</h4>${arr.map((s) => `<div class="sk"><span>${esc(s.name)}</span><span class="dt">${dots(s.level)}</span></div>`).join('')}` : '')).join('')}
<h4>${t ? '語言' : '语言'}</h4>${p.languages.map((l) => `<div class="sk"><span>${esc(l.name)}</span><span class="lv">${esc(l.level)}</span></div>`).join('')}
<h3>${t ? '證照' : '证书'}</h3>${p.certs.map((c) => `<div class="c">${esc(c)}</div>`).join('')}
<h3>${t ? '個人特質' : '个人特质'}</h3><div class="c">${p.soft.map(esc).join(' ／ ')}</div>
</aside></div>`;
  return { kind: 'html', html: page(t ? 'zh-TW' : 'zh-CN', `
body{font-family:"Liberation Sans","WenQuanYi Zen Hei",${t ? '"Noto Sans CJK TC"' : '"Noto Sans CJK SC"'},sans-serif}
.band{display:flex;justify-content:space-between;align-items:center;background:#34495e;color:#fff;padding:8px 12px;margin-bottom:10px} .nm{font-size:20pt;font-weight:bold;letter-spacing:3px} .hl{font-size:9.5pt;color:#d6e2ee}
.ph svg{border:2px solid #fff;display:block}
.g{display:grid;grid-template-columns:1fr 60mm;gap:14px} aside{background:#f3f5f7;padding:8px 10px;border-top:3px solid #34495e}
h2{font-size:11pt;color:#34495e;border-left:4px solid #e67e22;padding-left:6px;margin:8px 0 5px} p{margin:2px 0}
.job{margin-bottom:7px} .r{display:flex;justify-content:space-between} .d{color:#888;font-size:8.6pt;white-space:nowrap} .ti{color:#e67e22;font-size:9pt}
ol{margin:2px 0;padding-left:18px} li{font-size:9pt} h3{font-size:10pt;color:#34495e;margin:10px 0 3px;border-bottom:1px solid #c8d0d8}
h4{font-size:8.5pt;color:#e67e22;margin:5px 0 1px} .sk{display:flex;justify-content:space-between;font-size:8.8pt} .dt{color:#e67e22;font-size:8pt;letter-spacing:1px} .lv{color:#666;font-size:8.3pt}
.ct{font-size:8.6pt;line-height:1.55;word-break:break-all} .c{font-size:8.5pt;margin-bottom:2px}`, body) };
} };

/** C5 bilingual left rail (flex): Chinese + English name, skill groups as percentage bars with numbers, languages in % too; contact at the rail foot. */
const pctBars: Tpl = { name: 'pct-bars-bilingual', layout: 'two-column', fn: (p) => {
  const langPct = (l: string) => (/native|fluent/.test(l) ? 100 : /6|N1|7\.5/.test(l) ? 90 : /N2/.test(l) ? 75 : 60);
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="d">${monY(j.start)} – ${j.end ? monY(j.end) : 'Present 至今'}</div><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}, ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="f"><div class="rail">
<div class="av">${svgPerson(70, 70, '#6d7f99')}</div><div class="zh">${esc(p.name)}</div><div class="en">${esc(p.nameEn ?? '')}</div>
<h3>Skills 技能</h3>${groups(p).map(([g, s]) => `<h4>${esc(g)}</h4>${s.map((x) => `<div class="b"><div class="bl"><span>${esc(x.name)}</span><span>${pct(x)}%</span></div><div class="tr"><i style="width:${pct(x)}%"></i></div></div>`).join('')}`).join('')}
<h4>Languages 语言</h4>${p.languages.map((l) => `<div class="b"><div class="bl"><span>${esc(l.name)}</span><span>${langPct(l.level)}%</span></div><div class="tr"><i style="width:${langPct(l.level)}%"></i></div></div>`).join('')}
<h3>Contact 联系</h3><div class="ct">${icon.phone} ${esc(intl(p))}<br>${icon.phone} ${esc(p.other[0].number)} (${esc(p.other[0].label.toLowerCase())})<br>${icon.mail} ${esc(p.email)}<br>${icon.pin} ${esc(p.address)}</div>
</div><div class="main">
<div class="hl">${esc(p.headline)}</div><p class="sum">${esc(p.summary)}</p>
<h2>Experience 工作经历</h2>${jobs}
<h2>Education 教育</h2>${p.education.map((e) => `<div class="ed"><b>${esc(e.school)}</b> — ${esc(e.degree)} <span class="d">${e.start}–${e.end}</span></div>`).join('')}
<h2>Certifications 证书</h2>${p.certs.map((c) => `<div class="ed">${esc(c)}</div>`).join('')}
<h2>Strengths</h2><div class="ed">${p.soft.map(esc).join(' · ')}</div>
</div></div>`;
  return { kind: 'html', html: page('en', `
.f{display:flex;gap:14px;align-items:stretch} .rail{width:64mm;flex:none;background:#1f2a3c;color:#e8ecf2;padding:12px 10px} .main{flex:1}
.av{text-align:center} .av svg{border-radius:50%} .zh{text-align:center;font-size:20pt;font-weight:bold;letter-spacing:4px;margin-top:4px} .en{text-align:center;font-size:10pt;color:#a9b8cf;margin-bottom:6px}
h3{font-size:9.5pt;color:#f0b84a;border-bottom:1px solid #44546e;margin:10px 0 3px} h4{font-size:8pt;color:#a9b8cf;margin:5px 0 1px;text-transform:uppercase;letter-spacing:.5px}
.b{margin-bottom:3px} .bl{display:flex;justify-content:space-between;font-size:8.4pt} .tr{height:4px;background:#44546e} .tr i{display:block;height:4px;background:#f0b84a}
.ct{font-size:8.3pt;line-height:1.6;word-break:break-word} .ct svg{color:#f0b84a}
.hl{font-size:13pt;font-weight:bold;color:#1f2a3c;margin-top:4px} .sum{font-size:9.3pt;color:#333}
h2{font-size:10.5pt;color:#1f2a3c;border-bottom:2px solid #f0b84a;margin:10px 0 5px} .job{margin-bottom:7px} .d{font-size:8.5pt;color:#8a6d2b} .t{font-weight:bold} .co{font-size:9pt;color:#555}
ul{margin:2px 0;padding-left:15px} li{font-size:9pt} .ed{font-size:9pt;margin-bottom:2px}`, body) };
} };

/** C6 Word two-cell table with the rail on the RIGHT holding a nested bordered skill table (熟练程度 / Level); name in the page header. */
const docxNestedSkill: Tpl = { name: 'docx-nested-skilltable', layout: 'two-column', fn: (p) => {
  const zh = p.lang === 'zh'; const tz = isZhT(p);
  const lv = (n: number) => (zh ? (n >= 5 ? '精通' : n === 4 ? '熟练' : '熟悉') : n >= 5 ? 'Expert' : n === 4 ? 'Advanced' : 'Working');
  const wl = 6500, wr = W - wl;
  const skT = T([[L(zh ? '技能' : 'Skill', { w: 1900 }), L(zh ? '熟练程度' : 'Level', { w: wr - 1900 - 200 })], ...p.skills.map((s) => [C(P(s.name, { size: 16 }), { w: 1900 }), C(P(lv(s.level), { size: 16 }), { w: wr - 2100 })])], [1900, wr - 2100]);
  const d = (s: string) => (zh ? zhYM(s) : mmY(s));
  const jobsP = rev(p.work).flatMap((j) => [
    P([r(j.company, { bold: true, size: 19 }), r(`\t${d(j.start)} — ${j.end ? d(j.end) : zh ? '至今' : 'Present 至今'}`, { size: 16, color: '555555' })], { tabs: [{ type: 'right', pos: wl - 200 }], before: 80, after: 10, keepNext: true }),
    P(r(j.title + (zh ? '' : ` · ${j.city}`), { italics: true, size: 17, color: '2F5D8A' }), { after: 20 }),
    ...j.duties.map((x) => P(r('• ' + x, { size: 17 }), { indent: 200, after: 10 })),
  ]);
  const H = (t: string) => P(r(t, { bold: true, size: 19, color: '2F5D8A' }), { before: 120, after: 40 });
  const main = [H(zh ? '个人简介' : 'PROFILE'), P(r(p.summary, { size: 17 })), H(zh ? '工作经历' : 'EXPERIENCE'), ...jobsP, H(zh ? '教育背景' : 'EDUCATION'), ...p.education.map((e) => P(r(`${e.start}–${e.end}　${e.school}　${e.degree}`, { size: 17 })))];
  const rail = [H(zh ? '联系方式' : 'CONTACT'), P(r(`${zh ? '手机' : 'Mobile'}：${zh ? p.phoneLocal : intl(p)}`, { size: 16 })), P(r(`${zh ? p.other[0].labelZh : p.other[0].label}：${p.other[0].number}`, { size: 16 })), P(r(p.email, { size: 16 })), P(r(p.address, { size: 16 })),
    H(zh ? '专业技能' : 'SKILLS'), skT,
    H(zh ? '语言能力' : 'LANGUAGES'), ...p.languages.map((l) => P(r(`${l.name} — ${l.level}`, { size: 16 }))),
    H(zh ? '资格证书' : 'CERTIFICATES'), ...p.certs.map((c) => P(r(c, { size: 16 })))];
  const t = T([[C(main, { w: wl, noBorder: true }), C(rail, { w: wr, shade: 'EEF3F8', noBorder: true })]], [wl, wr], true);
  const font = zh ? { ascii: FONT, hAnsi: FONT, eastAsia: 'Noto Sans CJK SC' } : { ascii: FONT, hAnsi: FONT, eastAsia: tz ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC' };
  const doc = new Document({ styles: { default: { document: { run: { font, size: 18 } } } }, sections: [{ properties: A4,
    headers: { default: new Header({ children: [P([r(p.name, { bold: true, size: 34, color: '2F5D8A' }), r(p.nameEn ? `  ${p.nameEn}` : '', { size: 22, color: '555555' }), r(`\t${p.headline}`, { size: 18 })], { tabs: [{ type: 'right', pos: W }] })] }) },
    footers: { default: new Footer({ children: [P([r(zh ? '第 ' : 'Page ', { size: 14 }), new TextRun({ children: [PageNumber.CURRENT], size: 14 }), r(zh ? ' 页' : '', { size: 14 })], { align: 'center' })] }) },
    children: [t] }] });
  return { kind: 'docx', doc };
} };

/** C7 Word: one table whose first row is a dark title band (name + headline) spanning a narrow skills cell with shaded "pill" runs and a body cell. */
const docxPillBand: Tpl = { name: 'docx-pill-band', layout: 'two-column', fn: (p) => {
  const wl = 3300, wr = W - wl;
  const H = (t: string, color = '0F4C5C') => P(r(t, { bold: true, size: 18, color, allCaps: true }), { before: 140, after: 50 });
  const sub = (t: string) => P(r(t, { italics: true, size: 16, color: '666666' }), { before: 60, after: 20 });
  const pills = (arr: string[]) => P(arr.flatMap((x) => [r(` ${x} `, { size: 16, shading: 'CFE3E8' }), r('  ', { size: 16 })]), { after: 30 });
  const left = [H('Contact'), P(r(`Mob. ${p.phoneLocal}`, { size: 16, bold: true })), P(r(`Home ${p.other[0].number}`, { size: 16 })), P(r(p.email, { size: 16 })), P(r(p.address, { size: 16 })),
    H('Skills'), ...groups(p).flatMap(([g, s]) => [sub(g), pills(s.map((x) => x.name))]), sub('Languages'), pills(p.languages.map((l) => `${l.name} ${l.level}`)), sub('Personal'), pills(p.soft),
    H('Certificates'), ...p.certs.map((c) => P(r(c, { size: 16 })))];
  const right = [H('Profile'), P(r(p.summary, { size: 17 })), H('Experience'),
    ...rev(p.work).flatMap((j) => [P([r(j.title, { bold: true, size: 19 }), r(`\t${monY(j.start)} – ${j.end ? monY(j.end) : 'present'}`, { size: 16, color: '0F4C5C' })], { tabs: [{ type: 'right', pos: wr - 200 }], before: 80, after: 10, keepNext: true }), P(r(`${j.company}, ${j.city}`, { size: 17, color: '444444' }), { after: 20 }), ...j.duties.map((d) => P(r('– ' + d, { size: 17 }), { indent: 180, after: 10 }))]),
    H('Education'), ...p.education.map((e) => P(r(`${e.degree}, ${e.school}, ${e.start}–${e.end}`, { size: 17 })))];
  const t = T([
    [C([P(r(p.name.toUpperCase(), { bold: true, size: 40, color: 'FFFFFF' }), { after: 20 }), P(r(p.headline, { size: 20, color: 'CFE3E8' }))], { span: 2, shade: '0F4C5C', noBorder: true })],
    [C(left, { w: wl, shade: 'F2F7F8', noBorder: true }), C(right, { w: wr, noBorder: true })],
  ], [wl, wr], true);
  const doc = new Document({ styles: { default: { document: { run: { font: FONT, size: 18 } } } }, sections: [{ properties: A4,
    footers: { default: new Footer({ children: [P([r(`${p.name} — CV — `, { size: 14, color: '777777' }), new TextRun({ children: [PageNumber.CURRENT], size: 14 })], { align: 'right' })] }) }, children: [t] }] });
  return { kind: 'docx', doc };
} };

/** C9 CSS grid with grid-template-areas: header, main, aside (right) with one "Skills" section holding tool tags, language tags and certificate tags. */
const tagsAside: Tpl = { name: 'tags-aside-bilingual', layout: 'two-column', fn: (p) => {
  const zh = p.lang === 'zh'; const t = isZhT(p) || zh;
  const H = (en: string, z: string) => (zh ? z : `${en} <span class="z">${z}</span>`);
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="dt">${y(j.start)}.${m(j.start)}<br>${j.end ? `${y(j.end)}.${m(j.end)}` : zh ? '現在' : 'Now 現在'}</div><div><b>${esc(j.title)}</b><div class="co">${esc(j.company)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div></div>`).join('');
  const body = `<div class="g"><header>${zh ? `<div class="nm">${esc(p.name)}</div>` : `<div class="nm en">${esc(p.nameEn ?? '')}</div><div class="nm2">${esc(p.name)}</div>`}<div class="hl">${esc(p.headline)}</div></header>
<main><h2>${H('About', t ? '關於我' : '关于我')}</h2><p>${esc(p.summary)}</p><h2>${H('Experience', t ? '經歷' : '经历')}</h2>${jobs}
<h2>${H('Education', t ? '學歷' : '学历')}</h2>${p.education.map((e) => `<div class="ed">${esc(e.school)} · ${esc(e.degree)} <span class="g2">${e.start}–${e.end}</span></div>`).join('')}</main>
<aside><div class="ph">${svgPerson(64, 80, '#c2a4b3')}</div>
<h3>${H('Contact', t ? '聯絡' : '联系')}</h3><div class="ct">☎ ${esc(zh ? p.phoneLocal : intl(p))}<br>☏ ${esc(p.other[0].number)}<br>✉ ${esc(p.email)}<br>⌂ ${esc(p.address)}</div>
<h3>${H('Skills', t ? '技能' : '技能')}</h3>${groups(p).map(([g, s]) => `<div class="sg">${esc(g)}</div><div class="tags">${s.map((x) => `<span class="tag">${esc(x.name)}</span>`).join('')}</div>`).join('')}
<div class="sg">${zh ? '語言' : 'Languages'}</div><div class="tags">${p.languages.map((l) => `<span class="tag lang">${esc(l.name)} · ${esc(l.level)}</span>`).join('')}</div>
<div class="sg">${zh ? '證照' : 'Certificates'}</div><div class="tags">${p.certs.map((c) => `<span class="tag cert">${esc(c)}</span>`).join('')}</div>
<div class="sg">${zh ? '特質' : 'Soft skills'}</div><div class="tags">${p.soft.map((c) => `<span class="tag soft">${esc(c)}</span>`).join('')}</div>
</aside></div>`;
  return { kind: 'html', html: page(zh ? 'zh-TW' : 'en', `
body{font-family:"Liberation Sans","WenQuanYi Zen Hei",${t ? '"Noto Sans CJK TC"' : '"Noto Sans CJK SC"'},sans-serif}
.g{display:grid;grid-template-columns:1fr 62mm;grid-template-areas:"hd hd" "mn as";gap:8px 14px} header{grid-area:hd;border-bottom:3px solid #8e3b62;padding-bottom:4px} main{grid-area:mn} aside{grid-area:as;background:#f8f1f4;padding:8px}
.nm{font-size:22pt;font-weight:bold;color:#8e3b62;letter-spacing:2px} .nm.en{letter-spacing:0} .nm2{font-size:15pt;color:#444;letter-spacing:3px} .hl{font-size:10pt;color:#555}
.z{font-weight:normal;color:#b07090;font-size:9pt} h2{font-size:11pt;color:#8e3b62;margin:8px 0 4px} h3{font-size:10pt;color:#8e3b62;margin:8px 0 3px;border-bottom:1px solid #dcc3cf}
.job{display:grid;grid-template-columns:19mm 1fr;gap:6px;margin-bottom:7px} .dt{font-size:8.5pt;color:#8e3b62;border-right:2px solid #dcc3cf;text-align:right;padding-right:5px} .co{font-size:9pt;color:#555}
ul{margin:2px 0;padding-left:15px} li{font-size:9pt} .ed{font-size:9pt} .g2{color:#888;font-size:8.5pt} .ph{text-align:center}
.ct{font-size:8.4pt;line-height:1.6;word-break:break-word} .sg{font-size:8pt;color:#777;margin:5px 0 2px;text-transform:uppercase}
.tags{display:flex;flex-wrap:wrap;gap:3px} .tag{font-size:8.2pt;border:1px solid #8e3b62;border-radius:3px;padding:0 5px;color:#8e3b62;background:#fff}
.tag.lang{background:#8e3b62;color:#fff} .tag.cert{border-style:dashed} .tag.soft{border-color:#aaa;color:#666}`, body) };
} };

/** C10 Word with two UNEQUAL newspaper columns (wide left, narrow right after a column break): skill groups with level words on the right; name + contact in a first-page header. */
const docxRailRight: Tpl = { name: 'docx-rail-right-groups', layout: 'two-column', fn: (p) => {
  const lw = (n: number) => (n >= 5 ? 'expert' : n === 4 ? 'advanced' : 'working knowledge');
  const H = (t: string) => P(r(t, { bold: true, size: 18, color: '7B2D26', allCaps: true }), { before: 120, after: 40 });
  const mainCol = [H('Profile'), P(r(p.summary, { size: 17 })), H('Experience'),
    ...rev(p.work).flatMap((j) => [P(r(`${monY(j.start)} – ${j.end ? monY(j.end) : 'present'}`, { size: 16, color: '7B2D26' }), { before: 80, after: 0, keepNext: true }), P([r(j.company, { bold: true, size: 19 }), r(`  |  ${j.title}`, { size: 18 })], { after: 10, keepNext: true }), ...j.duties.map((d) => P(r('▪ ' + d, { size: 17 }), { indent: 160, after: 10 }))]),
    H('Education'), ...p.education.map((e) => P(r(`${e.degree} — ${e.school} (${e.start}–${e.end})`, { size: 17 })))];
  const side = [new Paragraph({ children: [new ColumnBreak()] }), H('Skills'), ...groups(p).flatMap(([g, s]) => [P(r(g, { bold: true, size: 16 }), { before: 60, after: 10 }), ...s.map((x) => P([r(x.name, { size: 16 }), r(` (${lw(x.level)})`, { size: 14, color: '777777' })], { after: 0 }))]),
    H('Languages'), ...p.languages.map((l) => P(r(`${l.name}: ${l.level}`, { size: 16 }))), H('Certification'), ...p.certs.map((c) => P(r(c, { size: 16 }))), H('Also'), P(r(p.soft.join(', '), { size: 16 }))];
  const doc = new Document({ styles: { default: { document: { run: { font: FONT, size: 18 } } } }, sections: [{
    properties: { ...A4, titlePage: true, column: { count: 2, equalWidth: false, separate: true, children: [new Column({ width: 6600, space: 400 }), new Column({ width: W - 7000 })] } },
    headers: { first: new Header({ children: [P(r(p.name, { bold: true, size: 40, color: '7B2D26' }), { after: 0 }), P(r(`${p.headline}`, { size: 20 })), P(r(`Mobile ${intl(p)}  ·  Home ${p.other[0].number}  ·  ${p.email}  ·  ${p.address}`, { size: 15, color: '444444' }))] }),
      default: new Header({ children: [P(r(`${p.name} — page 2`, { size: 14, color: '777777' }))] }) },
    children: [...mainCol, ...side] }] });
  return { kind: 'docx', doc };
} };

// ================================================================= SINGLE templates

/** S1 plain text, one SKILLS block whose lines mix tool groups with languages, certificates and soft skills. */
const txtSkillsMixed: Tpl = { name: 'txt-skills-mixed-lines', layout: 'single', fn: (p) => {
  const d = (s: string) => (p.id === 'p07' ? `${EN_MON[mi(s) - 1]} ${y(s)}` : mmY(s, '.'));
  const lines = [`${p.name.toUpperCase()} — ${p.headline}`, `M: ${intl(p)} | T: ${p.other[0].number} (${p.other[0].label}) | E: ${p.email}`, p.address, '',
    'SUMMARY', p.summary, '', 'SKILLS',
    ...groups(p).map(([g, s]) => `  ${g}: ${s.map((x) => x.name).join(', ')}`),
    `  Languages: ${p.languages.map((l) => `${l.name} (${l.level})`).join(', ')}`,
    `  Certifications: ${p.certs.join('; ')}`,
    `  Soft skills: ${p.soft.join(', ').toLowerCase()}`, '', 'EXPERIENCE'];
  for (const j of rev(p.work)) lines.push('', `${j.title} | ${j.company} | ${j.city}`, `${d(j.start)} ${p.id === 'p07' ? 'to' : '-'} ${j.end ? d(j.end) : p.id === 'p07' ? 'date' : 'present'}`, ...j.duties.map((x) => `  > ${x}`));
  lines.push('', 'EDUCATION', ...p.education.map((e) => `${e.degree}, ${e.school}, ${e.start}-${e.end}`), '', 'References available on request.');
  return { kind: 'txt', text: lines.join('\n') + '\n' };
} };

/** S2 Chinese plain text: 专业技能 as "· 精通：…" lines with languages and certificates among them. */
const txtZhJineng: Tpl = { name: 'txt-zh-jineng', layout: 'single', fn: (p) => {
  const t = isZhT(p);
  const by = (lo: number, hi: number) => p.skills.filter((s) => s.level >= lo && s.level <= hi).map((s) => s.name).join('、');
  const d = (s: string) => (p.id === 'p15' ? `${y(s)}/${m(s)}` : zhYM(s));
  const sep = t ? '～' : p.id === 'p15' ? ' - ' : '至';
  const now = t ? '迄今' : '至今';
  const L = [`${p.name}　｜　${p.headline}`, `${t ? '手機' : '手机'}：${p.phoneLocal}　${p.other[0].labelZh}：${p.other[0].number}`, `${t ? '電子郵件' : '邮箱'}：${p.email}`, `${t ? '地址' : '现居'}：${p.address}`, '',
    t ? '◆ 專業技能' : '◆ 专业技能',
    `· ${t ? '精通' : '精通'}：${by(5, 5)}`, `· ${t ? '熟練' : '熟练'}：${by(4, 4)}`, `· ${t ? '熟悉' : '了解'}：${by(1, 3)}`,
    `· ${t ? '語言' : '语言'}：${p.languages.map((l) => `${l.name}${l.level}`).join('，')}`, `· ${t ? '證照' : '证书'}：${p.certs.join('，')}`, `· ${p.soft.join('，')}`, '',
    t ? '◆ 工作經歷' : '◆ 工作经历'];
  for (const j of rev(p.work)) {
    const period = p.id === 'p15' ? `${d(j.start)}${sep}${j.end ? d(j.end) : now}` : `${d(j.start)}${sep}${j.end ? d(j.end) : ''}`.replace(/至$/, '至今').replace(/～$/, '～迄今');
    L.push('', `${period}　　${j.company}　　${j.title}`, ...j.duties.map((x, i) => `　${i + 1}、${x}`));
  }
  L.push('', t ? '◆ 學歷' : '◆ 教育背景', ...p.education.map((e) => `${e.start}—${e.end}　${e.school}　${e.degree}`), '', t ? '◆ 自傳' : '◆ 自我评价', p.summary);
  return { kind: 'txt', text: L.join('\n') + '\n' };
} };

/** S3 single-column CV: name left, contact stacked right; one "Areas of expertise" CSS grid mixing tools, languages, credentials and soft skills. */
const expertiseGrid: Tpl = { name: 'expertise-grid', layout: 'single', fn: (p) => {
  const items = [...p.skills.map((s) => s.name), ...p.languages.map((l) => `${l.name} (${l.level})`), ...p.certs.map((c) => c.replace(/ \(.*\)$/, '')), ...p.soft];
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="r"><span><b>${esc(j.company)}</b>, ${esc(j.city)}</span><span>${monY(j.start)} – ${j.end ? monY(j.end) : 'Present'}</span></div><div class="ti">${esc(j.title)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="hd"><div><h1>${esc(p.name)}<span class="pn">, CEng MIEI</span></h1><div class="hl">${esc(p.headline)}</div></div><div class="ct">${esc(intl(p))} (mobile)<br>${esc(p.other[0].number)} (home)<br>${esc(p.email)}<br>${esc(p.address)}</div></div>
<h2>Profile</h2><p>${esc(p.summary)}</p>
<h2>Areas of expertise</h2><div class="grid">${items.map((x) => `<div>◆ ${esc(x)}</div>`).join('')}</div>
<h2>Professional experience</h2>${jobs}
<h2>Education</h2>${p.education.map((e) => `<div class="r"><span>${esc(e.degree)}, ${esc(e.school)}</span><span>${e.start} – ${e.end}</span></div>`).join('')}
<h2>Referees</h2><p>Dr Aoife Kinsella, Kilbrack Medical Devices — +353 91 555 0172 · Ing. Marco Bellandi, Ospedra Pharma — +39 0773 555 019</p>`;
  return { kind: 'html', html: page('en', `
body{font-family:"Liberation Serif",serif;font-size:10pt} .hd{display:flex;justify-content:space-between;border-bottom:2px solid #333;padding-bottom:6px}
h1{font-size:22pt;margin:0;font-weight:normal} .pn{font-size:11pt;color:#555} .hl{font-style:italic} .ct{text-align:right;font-size:9pt}
h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:2px;margin:12px 0 4px;color:#333} p{margin:2px 0}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:2px 10px;font-size:9.3pt} .job{margin-bottom:7px} .r{display:flex;justify-content:space-between} .ti{font-style:italic}
ul{margin:2px 0;padding-left:16px}`, body) };
} };

/** S4 single column, bilingual header block (Chinese name over the English name, contact in a ruled strip), inline skill list with levels in brackets. */
const singleBilingual: Tpl = { name: 'bilingual-header', layout: 'single', fn: (p) => {
  const lw = (n: number) => (n >= 5 ? 'expert' : n === 4 ? 'advanced' : 'intermediate');
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="r"><b>${esc(j.title)}</b><span>${yDotM(j.start)} – ${j.end ? yDotM(j.end) : 'present 至今'}</span></div><div class="co">${esc(j.company)} · ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="zh">${esc(p.name)}</div><div class="en">${esc(p.nameEn ?? '')} · ${esc(p.headline)}</div>
<div class="strip">Mobile ${esc(p.phoneLocal)} (${p.id === 'p12' ? 'Japan' : 'Korea'}) &nbsp;│&nbsp; ${esc(p.other[0].label)} ${esc(p.other[0].number)} &nbsp;│&nbsp; ${esc(p.email)} &nbsp;│&nbsp; ${esc(p.address)}</div>
<h2>Summary 简介</h2><p>${esc(p.summary)}</p>
<h2>Experience 工作经历</h2>${jobs}
<h2>Skills 技能</h2><p>${p.skills.map((s) => `${esc(s.name)} <span class="lv">(${lw(s.level)})</span>`).join(', ')}</p>
<p><b>Languages 语言:</b> ${p.languages.map((l) => `${esc(l.name)} – ${esc(l.level)}`).join('; ')} &nbsp; <b>Certification:</b> ${p.certs.map(esc).join('; ')}</p>
<h2>Education 教育</h2>${p.education.map((e) => `<div class="r"><span>${esc(e.school)}, ${esc(e.degree)}</span><span>${e.start} – ${e.end}</span></div>`).join('')}`;
  return { kind: 'html', html: page('en', `
.zh{font-size:24pt;font-weight:bold;letter-spacing:6px;text-align:center} .en{text-align:center;font-size:11pt;color:#444;margin-bottom:5px}
.strip{border-top:1px solid #333;border-bottom:1px solid #333;padding:3px 0;text-align:center;font-size:8.5pt}
h2{font-size:11pt;margin:12px 0 4px;color:#114b5f;border-bottom:1px solid #9ab} p{margin:2px 0} .lv{color:#777;font-size:8.5pt}
.job{margin-bottom:7px} .r{display:flex;justify-content:space-between} .co{color:#555;font-size:9pt} ul{margin:2px 0;padding-left:16px}`, body) };
} };

/** S5 Hong Kong text CV with "(M)"/"(O)" numbers, expected salary / availability block and bilingual section marks. */
const txtHk: Tpl = { name: 'txt-hk-expected-salary', layout: 'single', fn: (p) => {
  const L = [`${p.name}  ${p.nameEn}`, `(M) ${p.phoneLocal}   (O) ${p.other[0].number.replace('+852 ', '')}   Email: ${p.email}`, p.address, '',
    `Current position: ${p.headline}`, 'Expected salary: HK$95,000 x 13 (negotiable)   Availability: 1 month notice', '',
    '■ SKILLS 專業技能', ...groups(p).map(([g, s]) => `   ${g} – ${s.map((x) => x.name).join(' / ')}`),
    '■ LANGUAGES 語言', `   ${p.languages.map((l) => `${l.name} (${l.level})`).join(', ')}`,
    '■ CERTIFICATES 證書', ...p.certs.map((c) => `   ${c}`), '', '■ CAREER HISTORY 工作經驗'];
  for (const j of rev(p.work)) L.push('', `${mmY(j.start)} – ${j.end ? mmY(j.end) : 'Present 至今'}`, `${j.company}`, `${j.title}`, ...j.duties.map((d) => `   • ${d}`));
  L.push('', '■ EDUCATION 學歷', ...p.education.map((e) => `${e.start} – ${e.end}  ${e.school}, ${e.degree}`));
  return { kind: 'txt', text: L.join('\n') + '\n' };
} };

// ================================================================= assignment
const plan: [Tpl, string[]][] = [
  [itScheda, ['p01', 'p06']], [esBolsa, ['p02', 'p06']], [plWykaz, ['p03', 'p07']], [maFiche, ['p01', 'p05']], [zhLietou, ['p08', 'p10', 'p15']],
  [twMianshi, ['p09', 'p11']], [jpRirekisho, ['p12', 'p14']], [krIpsa, ['p13', 'p16']], [txtWordTabs, ['p03', 'p15']], [hrPrijava, ['p04']], [zhDengji, ['p08']],
  [railStars, ['p02', 'p06', 'p13']], [splitSkills, ['p03', 'p07']], [railSkillTable, ['p01', 'p05']], [zhJingtong, ['p08', 'p09', 'p11', 'p15']], [pctBars, ['p13', 'p14']],
  [docxNestedSkill, ['p10', 'p16']], [docxPillBand, ['p04']], [tagsAside, ['p09', 'p12', 'p14']], [docxRailRight, ['p02']],
  [txtSkillsMixed, ['p05', 'p07']], [txtZhJineng, ['p10', 'p11', 'p15']], [expertiseGrid, ['p06']], [singleBilingual, ['p12', 'p13']], [txtHk, ['p16']],
];

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) { console.error('manifest.json exists; pass --force to regenerate'); process.exit(1); }
  rmSync(docsDir, { recursive: true, force: true }); mkdirSync(docsDir, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const [tpl, ids] of plan) for (const id of ids) {
    const p = byId.get(id)!; const base = `${id}-${short[tpl.layout]}-${tpl.name}`;
    const out = tpl.fn(p);
    const rec = { person: id, template: tpl.name, layout: tpl.layout, language: p.lang };
    if (out.kind === 'html') { html.push([base + '.pdf', out.html]); documents.push({ file: base + '.pdf', ...rec, producer: 'chromium' }); }
    else if (out.kind === 'txt') { writeFileSync(path.join(docsDir, base + '.txt'), out.text, 'utf8'); documents.push({ file: base + '.txt', ...rec, producer: 'txt' }); }
    else {
      writeFileSync(path.join(docsDir, base + '.docx'), await Packer.toBuffer(out.doc));
      documents.push({ file: base + '.docx', ...rec, producer: 'docx' }, { file: base + '.pdf', ...rec, producer: 'libreoffice' });
    }
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s.name, ...(s.syn ?? [])].join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: documents.map((d) => ({ file: d.file, person: d.person, template: d.template, layout: d.layout, producer: d.producer, language: d.language })),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const files = documents.map((d) => d.file);
  const extra = readdirSync(docsDir).filter((f) => !files.includes(f));
  if (extra.length) console.warn('unlisted files in documents/:', extra);
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  console.log(`${documents.length} documents`);
}
main().catch((e) => { console.error(e); process.exit(1); });
