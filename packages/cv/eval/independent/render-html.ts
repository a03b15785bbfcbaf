/**
 * HTML/CSS templates of the independent set, printed to PDF by Chromium. Each is written the way a person
 * builds a CV in a web editor: CSS grid and flex sidebars of different widths and sides, work history as an
 * HTML table, label–value headers, icon-prefixed contact lines, a company line above the name.
 */
import { formatRange, heading, label, printedSkills, type Person } from './person';

export type HtmlTemplate = 'html-single' | 'html-labels' | 'html-grid-left' | 'html-grid-right' | 'html-flex-left' | 'html-flex-right' | 'html-table';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Small inline SVG icons (as icon fonts and editors insert them): they draw, but carry no text.
const SVG = {
  mail: '<svg width="11" height="11" viewBox="0 0 16 16"><rect x="1" y="3" width="14" height="10" fill="none" stroke="#444"/><path d="M1 3l7 6 7-6" fill="none" stroke="#444"/></svg>',
  phone: '<svg width="11" height="11" viewBox="0 0 16 16"><path d="M3 1h3l1 4-2 1a9 9 0 0 0 5 5l1-2 4 1v3a2 2 0 0 1-2 2A13 13 0 0 1 1 3a2 2 0 0 1 2-2z" fill="#444"/></svg>',
  pin: '<svg width="11" height="11" viewBox="0 0 16 16"><path d="M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5z" fill="#444"/></svg>',
  link: '<svg width="11" height="11" viewBox="0 0 16 16"><path d="M6 10l4-4M5 8l-2 2a2 2 0 0 0 3 3l2-2M11 8l2-2a2 2 0 0 0-3-3L8 5" stroke="#444" fill="none"/></svg>',
};

function page(title: string, css: string, body: string, serif = false): string {
  const font = serif ? '"DejaVu Serif", "WenQuanYi Zen Hei", serif' : '"DejaVu Sans", "WenQuanYi Zen Hei", sans-serif';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: A4; margin: 14mm 13mm; }
body { font-family: ${font}; font-size: 10pt; color: #222; margin: 0; line-height: 1.35; }
h1 { font-size: 21pt; margin: 0 0 2pt; } h2 { font-size: 11.5pt; margin: 12pt 0 4pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
ul { margin: 3pt 0 6pt 14pt; padding: 0; } li { margin: 1pt 0; } p { margin: 2pt 0; }
${css}
</style></head><body>${body}</body></html>`;
}

const bullets = (items: string[]) => (items.length ? `<ul>${items.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : '');

function jobs(p: Person, shape: 'title-first' | 'dates-first' | 'company-first'): string {
  const { truth, content } = p;
  return truth.work
    .map((w, i) => {
      const dates = esc(formatRange(w.start, w.end, content.dates));
      const b = bullets(content.bullets[i] ?? []);
      if (shape === 'dates-first') return `<p class="dates">${dates}</p><p><b>${esc(w.company)}</b> — ${esc(w.title)}</p>${b}`;
      if (shape === 'company-first') return `<div class="row"><b>${esc(w.company)}</b><span>${dates}</span></div><p><i>${esc(w.title)}</i></p>${b}`;
      return `<div class="row"><span><b>${esc(w.title)}</b>, ${esc(w.company)}</span><span>${dates}</span></div>${b}`;
    })
    .join('');
}

const education = (p: Person) =>
  p.content.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}, ${esc(e.start)}–${esc(e.end)}</p>`).join('');

const skillList = (p: Person, sep = ' · ') => `<p>${printedSkills(p).map(esc).join(sep)}</p>`;
const skillItems = (p: Person) => `<ul class="plain">${printedSkills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`;
const languages = (p: Person) => `<p>${p.content.languages.map(esc).join('<br>')}</p>`;

function sections(p: Person, shape: Parameters<typeof jobs>[1], withSkills: boolean): string {
  const h = p.content.headings;
  return [
    `<h2>${heading('summary', h)}</h2><p>${esc(p.content.summary)}</p>`,
    `<h2>${heading('work', h)}</h2>${jobs(p, shape)}`,
    `<h2>${heading('education', h)}</h2>${education(p)}`,
    withSkills ? `<h2>${heading('skills', h)}</h2>${skillList(p)}` : '',
  ].join('');
}

const ROW_CSS = '.row { display: flex; justify-content: space-between; gap: 12pt; margin-top: 6pt; } .dates { color: #555; margin-top: 6pt; }';

export function renderHtml(template: HtmlTemplate, p: Person): string {
  const { truth, content } = p;
  const h = content.headings;
  const link = content.link ? esc(content.link) : '';
  switch (template) {
    case 'html-single': {
      // Glyph icons (✉ ☎) before each contact item on one line.
      const contact = [`✉ ${esc(truth.email)}`, `☎ ${esc(content.phoneDisplay)}`, link && `🔗 ${link}`, `⌂ ${esc(content.location)}`].filter(Boolean).join('&nbsp;&nbsp;&nbsp;');
      return page(truth.name, `${ROW_CSS} .contact { color: #444; margin-bottom: 6pt; }`,
        `<h1>${esc(truth.name)}</h1><p>${esc(content.headline)}</p><p class="contact">${contact}</p>${sections(p, 'title-first', true)}<h2>${heading('languages', h)}</h2>${languages(p)}`);
    }
    case 'html-labels': {
      // The current employer printed above the name, then one "Label: value" line per contact detail.
      const colon = h === 'en' ? ': ' : '：';
      const current = truth.work[0]!;
      const rows = [
        `${label('email', h)}${colon}${esc(truth.email)}`,
        `${label('phone', h)}${colon}${esc(content.phoneDisplay)}`,
        `${label('location', h)}${colon}${esc(content.location)}`,
        link && `${label('link', h)}${colon}${link}`,
      ].filter(Boolean);
      return page(truth.name, `${ROW_CSS} .employer { font-size: 9pt; letter-spacing: 1pt; text-transform: uppercase; color: #666; }`,
        `<p class="employer">${esc(current.company)} · ${esc(current.title)}</p><h1>${esc(truth.name)}</h1><p>${rows.join('<br>')}</p>${sections(p, 'dates-first', true)}`, true);
    }
    case 'html-grid-left':
    case 'html-grid-right': {
      const left = template === 'html-grid-left';
      const side = `<aside><h2>${heading('contact', h)}</h2><p>${SVG.mail} ${esc(truth.email)}</p><p>${SVG.phone} ${esc(content.phoneDisplay)}</p><p>${SVG.pin} ${esc(content.location)}</p>${link ? `<p>${SVG.link} ${link}</p>` : ''}<h2>${heading('skills', h)}</h2>${skillItems(p)}<h2>${heading('languages', h)}</h2>${languages(p)}</aside>`;
      const main = `<main><h1>${esc(truth.name)}</h1><p class="headline">${esc(content.headline)}</p>${sections(p, left ? 'title-first' : 'company-first', false)}</main>`;
      const css = `${ROW_CSS} .grid { display: grid; grid-template-columns: ${left ? '32% 1fr' : '1fr 28%'}; column-gap: 16pt; }
aside { background: #eef1f4; padding: 8pt; font-size: ${left ? '9.5pt' : '8.5pt'}; overflow-wrap: anywhere; } ul.plain { list-style: none; margin-left: 0; } .headline { color: #555; }`;
      return page(truth.name, css, `<div class="grid">${left ? side + main : main + side}</div>`);
    }
    case 'html-flex-left':
    case 'html-flex-right': {
      const left = template === 'html-flex-left';
      // The wide left sidebar carries the name; the narrow right one only contact and skills.
      const side = left
        ? `<aside><h1>${esc(truth.name)}</h1><p>${esc(content.headline)}</p><h2>${heading('contact', h)}</h2><p>${SVG.mail} ${esc(truth.email)}<br>${SVG.phone} ${esc(content.phoneDisplay)}<br>${SVG.pin} ${esc(content.location)}${link ? `<br>${SVG.link} ${link}` : ''}</p><h2>${heading('skills', h)}</h2>${skillList(p, ', ')}<h2>${heading('education', h)}</h2>${education(p)}</aside>`
        : `<aside><h2>${heading('contact', h)}</h2><p>${esc(truth.email)}</p><p>${esc(content.phoneDisplay)}</p>${link ? `<p>${link}</p>` : ''}<h2>${heading('skills', h)}</h2>${skillItems(p)}<h2>${heading('languages', h)}</h2>${languages(p)}</aside>`;
      const main = left
        ? `<main><h2>${heading('summary', h)}</h2><p>${esc(content.summary)}</p><h2>${heading('work', h)}</h2>${jobs(p, 'dates-first')}<h2>${heading('languages', h)}</h2>${languages(p)}</main>`
        : `<main><h1>${esc(truth.name)}</h1><p>${esc(content.headline)} · ${esc(content.location)}</p>${sections(p, 'title-first', false)}</main>`;
      const css = `${ROW_CSS} .flex { display: flex; gap: 14pt; } aside { flex: 0 0 ${left ? '40%' : '30%'}; overflow-wrap: anywhere; border-${left ? 'right' : 'left'}: 2px solid #3a6; padding-${left ? 'right' : 'left'}: 10pt; }
main { flex: 1; } ul.plain { list-style: none; margin-left: 0; }`;
      return page(truth.name, css, `<div class="flex">${left ? side + main : main + side}</div>`, !left);
    }
    case 'html-table': {
      // A label–value header table (姓名 | 张三) and the work history as table rows (时间 | 公司 | 职位).
      const zh = h !== 'en';
      const header = [
        [label('name', h), esc(truth.name)],
        [label('phone', h), esc(content.phoneDisplay)],
        [label('email', h), esc(truth.email)],
        [label('location', h), esc(content.location)],
      ].map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('');
      const cols = zh ? ['时间', '公司', '职位'] : ['Dates', 'Company', 'Title'];
      const rows = truth.work
        .map((w, i) => `<tr><td class="nowrap">${esc(formatRange(w.start, w.end, content.dates))}</td><td>${esc(w.company)}</td><td>${esc(w.title)}</td></tr><tr><td></td><td colspan="2">${bullets(content.bullets[i] ?? [])}</td></tr>`)
        .join('');
      const css = `table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; }
table.header { width: 60%; } table.header th { width: 25%; background: #f2f2f2; } .nowrap { white-space: nowrap; } thead th { background: #e8eef6; }`;
      return page(truth.name, css,
        `<table class="header">${header}</table><h2>${heading('summary', h)}</h2><p>${esc(content.summary)}</p><h2>${heading('work', h)}</h2><table><thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table><h2>${heading('education', h)}</h2>${education(p)}<h2>${heading('skills', h)}</h2>${skillList(p, zh ? '、' : ', ')}`);
    }
  }
}
