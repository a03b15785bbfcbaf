import { fromTranscriptText } from './transcript';
import { headingKind } from '../parse/sections';
import type { ExtractedText } from './extracted-text';

/** Decodes text bytes: a BOM wins (UTF-8, UTF-16 LE/BE); else strict UTF-8; else GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node's TextDecoder (full ICU, as Node 20 ships) implements the WHATWG GB18030 decoder: no dependency needed.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Splits text into lines; a tab (a column separator in exported text) is kept as a wide gap. */
export function textToLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029|\f/u)
    // trimEnd, not /\s+$/: that pattern is quadratic on a line of many spaces not at its end.
    .map((line) => line.replace(/\t+/g, '   ').trimEnd())
    .filter((line) => line.trim().length > 0);
}

/**
 * Markdown (a CV kept in a notes app, a README-style CV, a Notion export) has its syntax taken off, so that what is
 * left reads as the plain text it stands for: heading marks ("## Experience"), emphasis ("**Title**", "*2021 → now*"),
 * rules ("---"), links ("[site](https://…)" → "site https://…"), table rows ("| 2019 | Acme |" → cells) and inline HTML
 * tags ("<h2 align=\"center\">…</h2>", "<img … />"). Only a
 * text that is Markdown — two heading lines, or a heading and a table or emphasis, or two lines wholly in a chat's bold
 * ("*WORK EXPERIENCE*") — is changed.
 */
export function fromMarkdown(lines: string[]): string[] {
  // Every pattern is bounded (a line over MAX_MARKDOWN_LINE is left as it is, a span at most 200 characters), so a
  // hostile line of thousands of "**a " costs linear time.
  const short = (l: string) => l.length <= MAX_MARKDOWN_LINE;
  // (A line wholly in bold heads a section as a heading line does: "**Experience**", as a forum post writes it.)
  const headings = lines.filter((l) => short(l) && (/^#{1,6}\s+\S/.test(l) || /^\s*\*\*[^*\s][^*\n]{0,60}\*\*\s*$/.test(l))).length;
  const marked = lines.filter((l) => short(l) && /^\s*\|.*\|\s*$|\*\*[^*\n]{1,200}\*\*|^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(l)).length;
  // (Or a chat message's markup: a CV sent on WhatsApp or Telegram bolds its name and headings line by line, "*SKILLS*",
  // and sets its titles in italics, "_Senior Engineer_".)
  const chat = lines.filter((l) => short(l) && /^\s*\*[^*\s][^*\n]{0,200}\*\s*$/.test(l)).length;
  if (headings < 2 && !(headings >= 1 && marked >= 2) && chat < 2) return lines;
  return lines.flatMap((line) => {
    if (!short(line)) return [line];
    if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line) || /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(line)) return [];
    let out = line.replace(/^#{1,6}\s+/, '').trimEnd().replace(/\s#+$/, '');
    if (/^\s*\|.*\|\s*$/.test(out)) out = out.trim().slice(1, -1).split('|').map((c) => c.trim()).join('   ');
    out = out
      .replace(/\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)/g, '$1 $2')
      .replace(/(\*\*|__)([^*_\n]{1,200}?)\1/g, '$2')
      .replace(/(?<![\w*])([*_])([^*_\s](?:[^*_\n]{0,200}?[^*_\s])?)\1(?![\w*])/g, '$2')
      .replace(/`([^`\n]{1,200})`/g, '$1')
      // (A README's inline HTML, as code hosts show a profile: "<h2 align=\"center\">黄诗婷</h2>", badge images. A link's
      // address stays, "<a href=\"mailto:…\">" being how such a page gives its e-mail and phone.)
      .replace(/<a\s[^<>]{0,500}?\bhref="(?:mailto:|tel:)?([^"<>]{1,200})"[^<>]{0,300}>/gi, ' $1 ')
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,500})?\/?>/g, ' ');
    return out.trim().length > 0 ? [out.trim()] : [];
  });
}

/**
 * A text table drawn with bars, as a database client or an HR system prints one ("|01.01.2021|31.12.9999|Team Leader
 * |Fund Accounting|", "| 2019 | Acme Ltd |", psql's and MySQL's "+----+----+" borders): its rows as cells set three
 * spaces apart, its borders of "+" and "-" dropped. Only rows of three cells or more, two such rows at least.
 */
export function fromBarTables(lines: string[]): string[] {
  const ROW = /^\s*\|(?:[^|\n]{0,300}\|){3,}\s*$/;
  if (lines.filter((l) => l.length <= MAX_MARKDOWN_LINE && ROW.test(l)).length < 2) return lines;
  return lines.flatMap((line) => {
    if (/^\s*\+[-=+]{3,}\+\s*$/.test(line)) return [];
    if (line.length > MAX_MARKDOWN_LINE || !ROW.test(line)) return [line];
    const cells = line.trim().slice(1, -1).split('|').map((c) => c.trim());
    return cells.some(Boolean) ? [cells.join('   ')] : [];
  });
}

/**
 * A text table whose bars stand between its cells only, as an HR system's copy or a form pasted as text sets it ("开始 ｜
 * 结束 ｜ 单位 ｜ 岗位" over "2020.06 ｜ 至今 ｜ 上海橙果电子商务有限公司 ｜ 新媒体运营主管"): its lines of bars have their cells set
 * three spaces apart. Only where three rows of three cells or more stand one under the other, so that a contact line or a
 * header "Title | Employer" here and there is left alone.
 */
export function fromInnerBarTables(lines: string[]): string[] {
  const BAR = /\s[|｜]\s|[｜]/u;
  const cellsOf = (l: string) => l.trim().split(/\s*[|｜]\s*/u);
  const row = (l: string | undefined) => l !== undefined && l.length <= MAX_MARKDOWN_LINE && !/^\s*\|.*\|\s*$/.test(l) && BAR.test(l) && cellsOf(l).length >= 3 && cellsOf(l).every((c) => c !== '');
  if (!lines.some((l, i) => row(l) && row(lines[i + 1]) && row(lines[i + 2]))) return lines;
  // (The label–value rows of the same table, "姓名 ｜ 陈思远", go to cells too.)
  return lines.map((l) => (l.length <= MAX_MARKDOWN_LINE && BAR.test(l) && !/^\s*\|.*\|\s*$/.test(l) && cellsOf(l).every((c) => c !== '') ? cellsOf(l).join('   ') : l));
}

/** Text between single stars, bold in Jira's markup and in Typst's ("*Email:*", "*#title*"): the text. */
const STARRED = /(?<![\w*])\*([^*\n]{1,200}?)\*(?![\w*])/g;

/** The navigation bar of a LinkedIn profile page. */
const LINKEDIN_NAV = 'skip to main content|home|my network|jobs|messaging|notifications|me|for business|try premium(?: for \\S+)?';
const LINKEDIN_NAV_LINE = new RegExp(`^(?:${LINKEDIN_NAV})$`, 'i');
/** The navigation, buttons and footer of a LinkedIn profile page, as a copy of the whole page brings them along. */
const LINKEDIN_CHROME = new RegExp(`^(?:${LINKEDIN_NAV}|reactivate premium|open to|add profile section|more|enhance profile|resources|\\d+\\+? connections|\\d+ followers|accessibility|talent solutions|community guidelines|careers|marketing solutions|privacy & terms|ad choices|advertising|sales solutions|mobile|small business|safety center|linkedin corporation © \\d{4}|show all \\d+ \\w+(?: →)?|\\d+ endorsements?)$`, 'i');

/**
 * A LinkedIn profile page copied whole (select all, paste): its navigation bar ("Home", "My Network", "Jobs",
 * "Messaging"…), buttons and footer are no part of the CV — "Jobs" would open a work section above the name, "My
 * Network" read as one. Only where four of the navigation's items open the text.
 */
export function fromProfilePage(lines: string[]): string[] {
  const top = lines.slice(0, 20).map((l) => l.trim());
  if (top.filter((l) => LINKEDIN_NAV_LINE.test(l)).length < 4) return lines;
  return lines.filter((l) => !LINKEDIN_CHROME.test(l.trim()));
}

/** A reStructuredText section title's over- or underline: one punctuation character, three times or more. */
const ADORNMENT = /^\s*([=\-~^"'`#*+_:.])\1{2,}\s*$/;

/**
 * reStructuredText (a CV kept beside code, built with Sphinx or rst2pdf) has its markup taken off: title adornments
 * ("Experience" over "----------"), directives (".. contents::" and their options), field-list colons (":Email: …" →
 * "Email: …"), emphasis ("*Oct 2023 - Present*") and interpreted text. Only a text with two titles underlined so, and a
 * field list or a directive.
 */
export function fromRestructuredText(lines: string[]): string[] {
  const titled = lines.filter((l, i) => i > 0 && l.length <= MAX_MARKDOWN_LINE && ADORNMENT.test(l) && !ADORNMENT.test(lines[i - 1]!) && /\p{L}/u.test(lines[i - 1]!)).length;
  // (And a mark of reStructuredText's own, a field list or a directive: an Org-mode or outline export underlines its
  // titles too, and its underlines are what marks "2 Experience" as a heading.)
  if (titled < 2 || !lines.some((l) => /^:[\p{L}][\p{L}\d -]{0,30}:\s/u.test(l) || /^\.\.\s+[\w-]+::/.test(l))) return lines;
  return lines.flatMap((line) => {
    if (line.length > MAX_MARKDOWN_LINE) return [line];
    if (ADORNMENT.test(line) || /^\s*\.\.\s+\S/.test(line) || /^\s+:[a-z-]+:/.test(line) || /^:(?:depth|local):/.test(line)) return [];
    const out = line
      .replace(/^:([\p{L}][\p{L}\d -]{0,30}):\s+/u, '$1: ')
      .replace(/`([^`<\n]{1,200}?)\s*<([^>\s]{1,500})>`_{1,2}/g, '$1 $2')
      .replace(/(?<![\w*])(\*\*?)([^*\s](?:[^*\n]{0,200}?[^*\s])?)\1(?![\w*])/g, '$2')
      .replace(/`([^`\n]{1,200})`_?/g, '$1');
    return out.trim().length > 0 ? [out] : [];
  });
}

/** A wiki heading: DokuWiki's "==== Title ====" or MediaWiki's "== Title ==", the same marks either side. */
const WIKI_HEADING = /^\s*(={2,6})\s*([^=\s](?:[^=]{0,300}[^=\s])?)\s*\1\s*$/;

/**
 * A Typst source (a CV kept as cv.typ and sent as its text): its settings and definitions dropped ("#set …",
 * "#show …", "#let …" and the lines that go on with them, "// comments"), headings without their marks ("== Experience"),
 * a function's text kept ("#text(20pt)[Owen Kowalchuk]" → "Owen Kowalchuk"), a link's address where its text says
 * nothing ("#link("mailto:o.k@yahoo.ca")[Email me]" → "o.k@yahoo.ca"), and a call of the CV's own function read as
 * its cells ("#entry("Planner", "Acme", "Toronto", "Apr 2021 – present")" → "Planner   Acme   Toronto   Apr 2021 –
 * present"). Only a text with two "#set", "#let", "#show" or "#import" lines.
 */
export function fromTypst(lines: string[]): string[] {
  if (lines.filter((l) => /^#(?:set|let|show|import)\b/.test(l)).length < 2) return lines;
  const out: string[] = [];
  let depth = 0;
  for (const raw of lines) {
    if (raw.length > MAX_MARKDOWN_LINE) {
      out.push(raw);
      continue;
    }
    // (A definition goes on while its brackets are open.)
    const opened = (raw.match(/[([{]/g) ?? []).length - (raw.match(/[)\]}]/g) ?? []).length;
    if (depth > 0 || /^#(?:set|let|show|import)\b/.test(raw)) {
      depth = Math.max(0, depth + opened);
      continue;
    }
    let line = raw.replace(/^\s*\/\/.*$/, '').replace(/^\s*=+\s+/, '');
    const call = /^\s*#(?!text|link|align|block|box|grid|strong|emph|smallcaps|h|v)\w+\(((?:\s*"[^"]{0,300}"\s*,?)+)\)\s*$/.exec(line);
    if (call) line = [...call[1]!.matchAll(/"([^"]{0,300})"/g)].map((m) => m[1]!.trim()).join('   ');
    line = line
      .replace(/#link\("(?:mailto:|tel:)([^"]{1,200})"\)\[(?:email me|e-?mail|mail|call me|phone|call)\]/gi, '$1')
      .replace(/#link\("[^"]{1,300}"\)\[([^\]]{0,200})\]/g, '$1')
      .replace(/#\w+(?:\([^()]{0,200}\))?\[/g, '')
      .replace(/^\s*[\[\]]\s*$/, '')
      .replace(/\]/g, '')
      .replace(/\\(?=[@#$*_])/g, '')
      .replace(/\s\\\s*$/, '')
      .replace(STARRED, '$1')
      .replace(/(?<![\w_])_([^_\n]{1,200}?)_(?![\w_])/g, '$1')
      .replace(/\u200B/g, '');
    if (line.trim() !== '') out.push(line.trim());
  }
  return out;
}

/** An AsciiDoc table cell's opening bar, with its specifier if any: "|", "a|" (block content), "2+|" (two columns), "^|". */
const CELL_SPEC = '(?:\\d+[+*])?(?:[<^>])?(?:\\.[<^>])?[adehlmsv]?\\|';
const CELL_START = new RegExp(`^${CELL_SPEC}`);
const CELL_SPLIT = new RegExp(`\\s${CELL_SPEC}`);

/**
 * AsciiDoc (a CV kept as `.adoc` source, as docs-as-code people keep theirs): heading marks ("= Name", "==
 * Employment"), attribute entries (":email: a@b.de" → "email: a@b.de") and their references ("{mobile}" → the value),
 * block attribute lines ("[cols=\"1,1,2,2\",options=\"header\"]"), emphasis ("_Title_", "*Acme*") and tables: between
 * "|===" lines, cells opened by "|", one a line or several on one, as many a row as the table's columns (its `cols`,
 * else its first line's cells) → one line of cells a row. Only a text with a document title or two section headings so
 * marked, and a table or an attribute entry.
 */
export function fromAsciiDoc(lines: string[]): string[] {
  const HEADING = /^={1,5}\s+(?=\S)/;
  const headings = lines.filter((l) => l.length <= MAX_MARKDOWN_LINE && HEADING.test(l) && !/=\s*$/.test(l)).length;
  const marked = lines.some((l) => /^\|===\s*$/.test(l)) || lines.some((l) => /^:[\w-]{1,40}:\s/.test(l));
  if (headings < 2 || !marked) return lines;
  const attributes = new Map<string, string>();
  for (const l of lines) {
    const m = /^:([\w-]{1,40}):\s+(.{1,300})$/.exec(l);
    if (m) attributes.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  const inline = (text: string) =>
    text
      .replace(/\{([\w-]{1,40})\}/g, (ref, name: string) => attributes.get(name.toLowerCase()) ?? ref)
      .replace(STARRED, '$1')
      .replace(/(?<![\w_])_([^_\n]{1,200}?)_(?![\w_])/g, '$1')
      .trim();
  const out: string[] = [];
  let columns = 0;
  let table: string[] | null = null;
  let width = 0;
  const flush = () => {
    for (let i = 0; i < table!.length; i += width) out.push(table!.slice(i, i + width).filter(Boolean).join('   '));
    table = null;
  };
  for (const raw of lines) {
    if (raw.length > MAX_MARKDOWN_LINE) {
      out.push(raw);
      continue;
    }
    const block = /^\[(?:[^\]]{0,300})\]\s*$/.exec(raw);
    if (block) {
      const cols = /cols\s*=\s*"?(\d+)(?:\*|")|cols\s*=\s*"([^"]{1,200})"/.exec(raw);
      columns = cols ? (cols[1] ? Number(cols[1]) : cols[2]!.split(',').length) : 0;
      continue;
    }
    if (/^\|===\s*$/.test(raw)) {
      if (table) flush();
      else {
        table = [];
        width = columns;
      }
      columns = 0;
      continue;
    }
    if (table) {
      if (raw.trim() === '') continue;
      // (A cell's specifier before its bar: "a|" for block content, "2+|" spanning two columns, "^|", "s|".)
      const opened = CELL_START.exec(raw.trim());
      const cells = opened ? raw.trim().slice(opened[0].length).split(CELL_SPLIT).map((c) => inline(c)) : null;
      if (cells === null) {
        // A cell's text going on over the next line.
        if (table.length > 0) table[table.length - 1] = `${table.at(-1)} ${inline(raw)}`;
        continue;
      }
      if (width === 0) width = Math.max(1, cells.length);
      table.push(...cells);
      continue;
    }
    const attribute = /^:([\w-]{1,40}):\s+(.{1,300})$/.exec(raw);
    const line = attribute ? `${attribute[1]}: ${attribute[2]}` : inline(raw.replace(HEADING, ''));
    if (line.trim() !== '') out.push(line.trim());
  }
  if (table) flush();
  return out;
}

/**
 * Jira's and Confluence's wiki markup (a candidate's profile kept in a ticket, pasted as its source): headings
 * ("h2. Employment history"), macros on lines of their own ("{panel:title=Contact|…}", "{panel}"), bold labels
 * ("*Email:*"), links ("[a@b.com|mailto:a@b.com]" → its text) and table rows ("||Period||Employer||" and "|03/2019 –
 * present|Acme|" → cells). Only a text with two headings marked so.
 */
export function fromJiraWiki(lines: string[]): string[] {
  const HEADING = /^\s*h[1-6]\.\s+(?=\S)/;
  if (lines.filter((l) => l.length <= MAX_MARKDOWN_LINE && HEADING.test(l)).length < 2) return lines;
  return lines.flatMap((line) => {
    if (line.length > MAX_MARKDOWN_LINE) return [line];
    if (/^\s*\{[a-z]+(?::[^}]{0,300})?\}\s*$/i.test(line)) return [];
    let out = line.replace(HEADING, '');
    // A table's row: its heading cells between "||", its cells between "|".
    if (/^\s*\|/.test(out) && /\|\s*$/.test(out)) out = out.trim().replace(/^\|+|\|+$/g, '').split(/\|{1,2}/).map((c) => c.trim()).join('   ');
    out = out
      .replace(/\[([^|\]\n]{1,200})\|[^\]\n]{1,500}\]/g, '$1')
      .replace(STARRED, '$1');
    return out.trim().length > 0 ? [out] : [];
  });
}

/**
 * Wiki markup (a CV kept on a DokuWiki or MediaWiki page and exported as its source) has its syntax taken off:
 * headings ("===== Employment =====", "==== Planner — Acme Mining ===="), bold and italics ("**Feb 2021 – Present**",
 * "//Planner//", "'''Planner'''"), links ("[[a@b.com]]", "[[https://…|site]]"), table rows ("^ Mobile ^ Email ^",
 * "| 0412 … | … |" → cells), indented list marks ("  * item" → "* item"), forced breaks ("\\") and rules ("----").
 * Only a text with two headings marked so.
 */
export function fromWiki(lines: string[]): string[] {
  const headings = lines.filter((l) => l.length <= MAX_MARKDOWN_LINE && WIKI_HEADING.test(l)).length;
  if (headings < 2) return lines;
  return lines.flatMap((line) => {
    if (line.length > MAX_MARKDOWN_LINE) return [line];
    if (/^\s*-{4,}\s*$/.test(line)) return [];
    let out = line.replace(WIKI_HEADING, '$2');
    if (/^\s*[|^].*[|^]\s*$/.test(out)) out = out.trim().slice(1, -1).split(/[|^]/).map((c) => c.trim()).join('   ');
    out = out
      .replace(/\[\[([^|\]\n]{1,500})\|([^\]\n]{1,200})\]\]/g, '$2 $1')
      .replace(/\[\[([^\]\n]{1,500})\]\]/g, '$1')
      .replace(/'''([^'\n]{1,200}?)'''/g, '$1')
      .replace(/''([^'\n]{1,200}?)''/g, '$1')
      .replace(/\*\*([^*\n]{1,200}?)\*\*/g, '$1')
      // (Not the "//" of a link: "https://…".)
      .replace(/(?<![:/])\/\/([^/\s](?:[^\n]{0,200}?[^/:\s])?)\/\/(?!\/)/g, '$1')
      .replace(/\s*\\\\(?:\s+|$)/g, ' · ')
      .replace(/^\s+([*-])\s+/, '$1 ')
      .trimEnd();
    return out.trim().length > 0 ? [out] : [];
  });
}

/** An outline item: its indentation, its bullet and its text. */
const OUTLINE_ITEM = /^(\s*)[-*•]\s+(\S.*)$/u;

/**
 * An outliner's text export (WorkFlowy, Dynalist, Logseq) is all bullets, nested by indentation: "- Experience" over
 * "  - Analyst, Acme Bank (Jul 2017 – Jun 2020)" over "    - Built dashboards.". An item with items under it is a heading
 * or an entry and reads without its bullet; an item with none is a bullet as before. Only a text whose every line is an
 * item and which nests three deep.
 */
export function fromOutline(lines: string[]): string[] {
  const items = lines.map((l) => (l.length <= MAX_MARKDOWN_LINE ? OUTLINE_ITEM.exec(l) : null));
  if (items.length < 5 || items.some((m) => m === null)) return lines;
  const depths = items.map((m) => m![1]!.replace(/\t/g, '    ').length);
  if (depths[0] !== 0 || new Set(depths).size < 3) return lines;
  return items.map((m, i) => ((depths[i + 1] ?? -1) > depths[i]! ? m![2]! : `- ${m![2]!}`));
}

/** A fixed-width report's ruler under its column headings: a run of dashes a column, three or more ("---  -------  ----"). */
const RULER = /^\s*-{2,}(?:\s+-{2,}){2,}\s*$/;
/** Characters a terminal shows two columns wide (CJK, Hangul, full-width forms), and the mark that fills their second column. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/gu;
const ON_GRID = '\u0000';
/** A line as a terminal lays it out: each wide character followed by ON_GRID, so that an index is a column. */
const onGrid = (l: string): string => (l.length > MAX_MARKDOWN_LINE ? l : l.replace(WIDE, (c) => `${c}${ON_GRID}`));

/**
 * A fixed-width text report (an HRIS or mainframe export) sets its columns two spaces apart and rules its heading row
 * with a run of dashes a column: "SEQ  FROM     TO       EMPLOYER" over "---  -------  -------  --------" over
 * "001  2022-08  CURRENT  Kildonan Home Goods". The ruler's runs are the columns: the heading row and the rows under
 * it, while each leaves the ruler's gaps blank, are cut there into cells a wide gap apart, as other tables read; the
 * ruler goes.
 */
export function fromFixedWidth(lines: string[]): string[] {
  const out: (string | null)[] = [...lines];
  // (Columns are counted as a terminal shows them: a Chinese character or a full-width mark takes two.)
  const grid = lines.map(onGrid);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > MAX_MARKDOWN_LINE || !RULER.test(lines[i]!)) continue;
    const starts = [...lines[i]!.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
    const gaps = starts.slice(1).flatMap(([a], k) => Array.from({ length: a - starts[k]![1] }, (_, j) => starts[k]![1] + j));
    const fits = (j: number) => j < lines.length && lines[j]!.length <= MAX_MARKDOWN_LINE && !RULER.test(lines[j]!) && gaps.every((p) => (grid[j]![p] ?? ' ') === ' ');
    const cut = (j: number) => {
      const l = grid[j]!;
      const cells = starts.map(([a], k) => l.slice(k === 0 ? 0 : a, starts[k + 1]?.[0] ?? l.length).replaceAll(ON_GRID, '').trim()).filter(Boolean);
      return cells.length >= 2 ? cells.join('   ') : lines[j]!;
    };
    // (A line with text in the last column only is that cell wrapped, as pandoc's tables wrap it: it joins its row.)
    const lastOnly = (j: number) => starts.length >= 2 && grid[j]!.slice(0, starts[starts.length - 1]![0]).trim() === '';
    out[i] = null;
    if (i > 0 && fits(i - 1)) out[i - 1] = cut(i - 1);
    // (The table ends at a heading: "Awards" and its lines under it, set at the last column, are no wrap of its cells.)
    for (let j = i + 1, row = -1; fits(j) && headingKind(lines[j]!.trim()) === null; j++) {
      if (row >= 0 && lastOnly(j)) {
        out[row] = `${out[row]} ${lines[j]!.trim()}`;
        out[j] = null;
      } else {
        out[j] = cut(j);
        row = j;
      }
    }
  }
  return out.filter((l) => l !== null);
}

/** Commands of a LaTeX source that print nothing a reader of the CV sees (set-up, spacing, fonts). */
const LATEX_SILENT = new Set(['documentclass', 'usepackage', 'moderncvstyle', 'moderncvcolor', 'moderncvtheme', 'moderncvicons', 'geometry', 'setlength', 'setcounter', 'begin', 'end', 'makecvtitle', 'maketitle', 'pagestyle', 'thispagestyle', 'photo', 'hfill', 'vfill', 'vspace', 'hspace', 'newpage', 'clearpage', 'pagebreak', 'centering', 'noindent', 'medskip', 'bigskip', 'smallskip', 'par', 'renewcommand', 'newcommand', 'definecolor', 'color', 'fontsize', 'selectfont', 'raggedright', 'raggedleft', 'input', 'include', 'extrainfo', 'quote', 'small', 'footnotesize', 'large', 'Large', 'LARGE', 'huge', 'Huge', 'normalsize', 'bfseries', 'itshape', 'scshape', 'rmfamily', 'sffamily', 'ttfamily', 'firstname', 'familyname', 'recomputelengths', 'nopagenumbers', 'linespread', 'titleformat', 'titlespacing', 'pagenumbering', 'tableofcontents']);
/** Commands whose arguments are a heading. */
const LATEX_HEADING = new Set(['section', 'subsection', 'cvsection', 'cvsubsection', 'part', 'chapter', 'section*', 'subsection*']);
/** Contact commands: what each prints before its argument. */
const LATEX_CONTACT: Record<string, string> = { email: 'Email', homepage: 'Web', mobile: 'Mobile', phone: 'Phone', address: 'Address' };
const PHONE_KINDS: Record<string, string> = { mobile: 'Mobile', fixed: 'Landline', fax: 'Fax' };

/**
 * A LaTeX source (a CV written with moderncv, europecv or a plain article, sent as text) read as the page it prints:
 * `\name{Marisol}{Keating}` is the name, `\phone[mobile]{(503)~555-0147}` a labelled number, `\section{Experience}` a
 * heading, `\cventry{10/2021--present}{RN}{Rosewood Medical Center}{Portland}{}{…}` a row of cells a wide gap apart over
 * its description, `\cvitem{Clinical}{Triage, IV therapy}` a labelled line; set-up commands, comments, braces and `~`
 * go. Only a text with a `\documentclass` or a `\begin{document}`. Linear in the text: one pass, arguments nested at
 * most 40 deep.
 */
export function fromLatex(text: string): string {
  if (!/^\s*\\(?:documentclass|begin\{document\})/m.test(text)) return text;
  // Comments: a % not escaped, to the end of its line.
  const src = text.replace(/(?<!\\)%.*$/gm, '');
  let i = 0;
  /** Reads one `{…}` or `[…]` group at `i` (spaces before it allowed, not a blank line), or null. */
  const group = (open: string, close: string, depth: number): string | null => {
    const at = /^[ \t]*\r?\n?[ \t]*/.exec(src.slice(i, i + 200))![0].length;
    if (src[i + at] !== open) return null;
    i += at + 1;
    return read(close, depth + 1);
  };
  /** Reads up to `close` (or the end), turning commands into text. */
  const read = (close: string | null, depth: number): string => {
    let out = '';
    while (i < src.length) {
      const c = src[i]!;
      if (close !== null && c === close) {
        i++;
        return out;
      }
      if (c === '\\') {
        const name = /^\\([A-Za-z]+\*?|.)/.exec(src.slice(i, i + 40))?.[1] ?? '';
        i += 1 + name.length;
        if (name === '\\') out += '\n';
        else if (name.length === 1 && !/[A-Za-z]/.test(name)) out += /[,;: ]/.test(name) ? ' ' : name;
        else if (depth >= 40) out += ' ';
        else out += command(name, depth);
        continue;
      }
      if (c === '{') {
        i++;
        out += depth >= 40 ? '' : read('}', depth + 1);
        continue;
      }
      out += c === '~' ? ' ' : c === '}' || c === '$' ? '' : c;
      i++;
    }
    return out;
  };
  const command = (name: string, depth: number): string => {
    const options: string[] = [];
    const raw: string[] = [];
    for (let o = group('[', ']', depth); o !== null; o = group('[', ']', depth)) options.push(o);
    for (let a = group('{', '}', depth); a !== null && raw.length < 9; a = group('{', '}', depth)) raw.push(a);
    const args = raw.map((a) => a.trim());
    if (LATEX_SILENT.has(name)) return name === 'begin' || name === 'end' ? '\n' : '';
    if (name === 'item' || name === 'cvlistitem') return `\n• ${args.join(' ')}`;
    if (name === 'name') return `\n${args.join(' ')}\n`;
    if (LATEX_HEADING.has(name)) return `\n${args.join(' ')}\n`;
    if (name === 'phone' || name === 'mobile') return `\n${PHONE_KINDS[options[0] ?? ''] ?? LATEX_CONTACT[name]}: ${args.join(' ')}\n`;
    if (name === 'social') return `\n${options[0] ? `${options[0]}: ` : ''}${args.join(' ')}\n`;
    if (LATEX_CONTACT[name]) return `\n${LATEX_CONTACT[name]}: ${args.filter(Boolean).join(', ')}\n`;
    if (name === 'href') return args[1] ?? args[0] ?? '';
    if (name === 'cvitem' || name === 'cvitemwithcomment') return `\n${args[0] ? `${args[0]}: ` : ''}${args.slice(1).join(' ')}\n`;
    if (name === 'cvdoubleitem') return `\n${args[0]}: ${args[1]}   ${args[2]}: ${args[3]}\n`;
    // An entry of several fields (moderncv's \cventry, a résumé class's \resumeSubheading): its short fields one row a
    // wide gap apart, its long ones (a description, a list) under it.
    if (args.length >= 2) {
      const long = (k: number) => raw[k]!.includes('\n') || args[k]!.length > 120;
      const short = args.filter((a, k) => a !== '' && !long(k));
      const below = args.filter((a, k) => a !== '' && long(k));
      return `\n${short.join('   ')}\n${below.join('\n')}\n`;
    }
    return args[0] ?? '';
  };
  return read(null, 0).replace(/(?<=\d)\s*--\s*(?=\d|present|now|today|date|current)/gi, ' – ').replace(/---/g, '—').replace(/--/g, '–');
}

/**
 * A page of two columns printed side by side in text, as a text browser dumps a two-column page or `pdftotext -layout`
 * keeps one: "CONTACT                    ABOUT" over "07700 900418 (mobile)      Archivist and records manager …". The
 * column where the right-hand text starts after a gap of two spaces or more is found; from the first row that has text
 * either side of it to the last, the left-hand column is read first and the right-hand one after it, as a PDF's columns
 * are, and the dashes that underline their headings go. Only where rows with both columns, rows of the right-hand one
 * alone and rows of the left-hand one alone are each several, each column has headings of its own in capitals, and
 * the left-hand cells are not a column of dates (a dated list's gutter, "2019 – 2021   Senior Engineer", is one column).
 */
export function fromSideBySide(text: string[]): string[] {
  if (text.length < 8 || text.some((l) => l.length > MAX_MARKDOWN_LINE)) return text;
  // (Columns counted as a terminal shows them, a Chinese character two wide, after the indent every line shares: a
  // text browser indents its whole dump.)
  const grid = text.map(onGrid);
  const indent = Math.min(...grid.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  const lines = grid.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)));
  const both = (l: string, c: number) => l[c] !== undefined && l[c] !== ' ' && l[c - 1] === ' ' && l[c - 2] === ' ' && /\S/.test(l.slice(0, c - 2));
  const right = (l: string, c: number) => /^ +\S/.test(l) && l.length - l.trimStart().length >= c - 1;
  let best = { c: 0, score: 0 };
  for (let c = 16; c <= 100; c++) {
    const score = lines.filter((l) => both(l, c)).length;
    if (score > best.score) best = { c, score };
  }
  const { c } = best;
  const rows = lines.map((l) => (both(l, c) ? 'both' : right(l, c) ? 'right' : /^ {0,4}\S/.test(l) && l.length <= c + 4 ? 'left' : 'other'));
  const first = rows.indexOf('both');
  const dated = lines.filter((l, i) => rows[i] === 'both' && /(?:19|20)\d{2}/.test(l.slice(0, c))).length;
  // (And each column heads its own sections, in capitals as a page's headings are: "CONTACT" and "SKILLS" on the left,
  // "ABOUT" and "EXPERIENCE" on the right; a table of labels and wrapped values, "Languages   Java, Python," over
  // "TypeScript", or a title left of its employer, heads none.)
  // (Or in title case, as a page's headings are written: "Contact Info", "Professional Experience".)
  const heading = (cell: string) => /^[A-Z][A-Z &/-]{3,30}$/.test(cell.trim()) || (cell.trim().length <= 40 && headingKind(cell.replaceAll(ON_GRID, '').trim()) !== null);
  const leftHeadings = lines.filter((l, i) => (rows[i] === 'both' || rows[i] === 'left') && heading(l.slice(0, c).trim())).length;
  const rightHeadings = lines.filter((l, i) => (rows[i] === 'both' || rows[i] === 'right') && heading(l.slice(c).trim())).length;
  if (best.score < 4 || rows.filter((r) => r === 'right').length < 3 || rows.filter((r) => r === 'left').length < 3 || dated * 2 >= best.score || leftHeadings < 2 || rightHeadings < 2) return text;
  let last = rows.lastIndexOf('both');
  while (last + 1 < lines.length && (rows[last + 1] === 'right' || rows[last + 1] === 'left')) last++;
  // (Nor a page of one column with a few two-cell rows: a line between them that runs on across the gutter without a
  // gap, "Qualified electrician with nine years in commercial fit-outs.", is no column's. One such line at most, as
  // an email pushes a cell along.)
  const across = (l: string) => l.length > c + 4 && /\S/.test(l.slice(c - 2, c)) && !/ {2,}/.test(l.slice(Math.max(0, c - 10), c + 4));
  if (lines.slice(first, last + 1).filter((l, k) => rows[first + k] === 'other' && across(l)).length > 1) return text;
  // Each column's pieces with their indent in the column, so that a line its wrap hangs under is joined back.
  const left: Piece[] = [];
  const rightSide: Piece[] = [];
  const piece = (t: string, from: number): Piece => ({ text: t.trim(), indent: t.length - t.trimStart().length + from });
  for (let i = first; i <= last; i++) {
    const l = lines[i]!;
    if (rows[i] === 'right') rightSide.push(piece(l, -c));
    else if (rows[i] === 'left') left.push(piece(l, 0));
    else {
      // (The left-hand text may run past the column, its right-hand neighbour pushed along: an email.)
      const gap = /\S( {2,})(?=\S)/g;
      let at = c - 2;
      for (let m = gap.exec(l); m !== null; m = gap.exec(l)) if (m.index + 1 + m[1]!.length >= c - 2) { at = m.index + 1; break; }
      // (No gap: a text browser set the cells a space apart, "zheng.xinran@163.com 六年…". The cut goes after the word
      // it would split.)
      if (at === c - 2 && /\S/.test(l[at - 1] ?? '') && /\S/.test(l[at] ?? '')) at += /^\S*/.exec(l.slice(at))![0].length;
      left.push(piece(l.slice(0, at), 0));
      // (A piece pushed along hangs under nothing: its indent is the column's.)
      rightSide.push(/\S/.test(l[c - 3] ?? '') ? { text: l.slice(at).trim(), indent: 0 } : piece(l.slice(at), at - c));
    }
  }
  const kept = (l: string) => l !== '' && !/^[-=~_]{3,}$/.test(l);
  const off = (l: string) => l.replaceAll(ON_GRID, '');
  return [...text.slice(0, first), ...unwrapHanging(left).filter(kept).map(off), ...unwrapHanging(rightSide).filter(kept).map(off), ...text.slice(last + 1)];
}

type Piece = { text: string; indent: number };

/**
 * A column's lines with the wraps a text browser hangs under their line put back: "* Lead four designers across the
 * scooter, bike" over "    and transit-pass products.", "产品经理 Product Manager — 樂旅行動科技股份有" over "  限公司". Only
 * a line indented one to four columns more than the line above that goes on in lower case, or in Chinese after Chinese.
 */
function unwrapHanging(pieces: Piece[]): string[] {
  const out: string[] = [];
  let above: Piece | null = null;
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const step = above === null ? 0 : p.indent - above.indent;
    const cjk = /[\u3400-\u9fff\uf900-\ufaff]\u0000?$/.test(prev ?? '') && /^[\u3400-\u9fff\uf900-\ufaff]/.test(p.text);
    // (A bullet in lower case, "o Set up …", is an item of its own.)
    if (prev !== undefined && p.text !== '' && step >= 1 && step <= 4 && (cjk || (/^\p{Ll}/u.test(p.text) && !/^[o•◦▪·-]\s/.test(p.text)))) {
      out[out.length - 1] = cjk ? `${prev}${p.text}` : `${prev} ${p.text}`;
      continue;
    }
    out.push(p.text);
    if (p.text !== '') above = p;
  }
  return out;
}

/** A JSON Resume's value read as text: a string, or nothing. */
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []);
const words = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

/**
 * A JSON Resume (jsonresume.org's schema, as its tools, a portfolio site or an applicant-tracking system export it)
 * read as the CV it describes: the name and label, "Email:" and "Phone:" lines, each section under its heading, each
 * job as "Position, Employer   2018-04-01 – 2022-08-31" over its highlights, each skill and its keywords as items.
 * Only a text that is one JSON object with a `basics` or a `work` member; anything else is left as it is.
 */
export function fromJsonResume(text: string): string {
  const t = text.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return text;
  let doc: unknown;
  try {
    doc = JSON.parse(t);
  } catch {
    return text;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return text;
  const r = doc as Record<string, unknown>;
  if (typeof r.basics !== 'object' && !Array.isArray(r.work)) return text;
  const basics = (typeof r.basics === 'object' && r.basics !== null ? r.basics : {}) as Record<string, unknown>;
  const location = (typeof basics.location === 'object' && basics.location !== null ? basics.location : {}) as Record<string, unknown>;
  const out: string[] = [str(basics.name), str(basics.label)];
  if (str(basics.email)) out.push(`Email: ${str(basics.email)}`);
  if (str(basics.phone)) out.push(`Phone: ${str(basics.phone)}`);
  out.push([location.address, location.postalCode, location.city, location.region, location.countryCode].map(str).filter(Boolean).join(', '));
  out.push(str(basics.url), ...list(basics.profiles).map((p) => str(p.url) || [str(p.network), str(p.username)].filter(Boolean).join(': ')));
  if (str(basics.summary)) out.push('', 'Summary', str(basics.summary));
  const range = (e: Record<string, unknown>) => (str(e.startDate) ? `${str(e.startDate)} – ${str(e.endDate) || 'Present'}` : str(e.endDate));
  const entries = (heading: string, items: Record<string, unknown>[], header: (e: Record<string, unknown>) => string) => {
    if (items.length === 0) return;
    out.push('', heading);
    for (const e of items) out.push([header(e), range(e)].filter(Boolean).join('   '), ...(str(e.summary) ? [str(e.summary)] : []), ...words(e.highlights).map((h) => `• ${h}`));
  };
  entries('Work Experience', list(r.work), (e) => [str(e.position), str(e.name) || str(e.company), str(e.location)].filter(Boolean).join(', '));
  entries('Volunteering', list(r.volunteer), (e) => [str(e.position), str(e.organization)].filter(Boolean).join(', '));
  entries('Education', list(r.education), (e) => [[str(e.studyType), str(e.area)].filter(Boolean).join(' '), str(e.institution)].filter(Boolean).join(', '));
  const items = (heading: string, lines: string[]) => lines.length > 0 && out.push('', heading, ...lines.map((l) => `• ${l}`));
  items('Skills', list(r.skills).flatMap((s) => [str(s.name), ...words(s.keywords)].filter(Boolean)));
  items('Languages', list(r.languages).map((l) => [str(l.language), str(l.fluency)].filter(Boolean).join(' — ')));
  items('Certificates', list(r.certificates).map((c) => [str(c.name), str(c.issuer), str(c.date)].filter(Boolean).join(', ')));
  items('Awards', list(r.awards).map((a) => [str(a.title), str(a.awarder), str(a.date)].filter(Boolean).join(', ')));
  items('Projects', list(r.projects).map((p) => [str(p.name), str(p.description)].filter(Boolean).join(' — ')));
  items('Interests', list(r.interests).map((i) => str(i.name)));
  return out.join('\n');
}

/** The text of an XML element's content, its entities decoded and its tags dropped. */
const xmlText = (xml: string): string =>
  xml.replace(/<[^>]{0,500}>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
/**
 * Every element named `tag` inside `xml`, whole (namespace prefixes already dropped). Found with indexOf, in one pass:
 * an opening tag without its closing one ends the search, so a hostile file of unclosed tags costs linear time.
 */
function xmlAll(xml: string, tag: string): string[] {
  const found: string[] = [];
  const close = `</${tag}>`;
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    if (/[\w-]/.test(xml[at + tag.length + 1] ?? '')) continue;
    const end = xml.indexOf(close, at);
    if (end < 0) break;
    found.push(xml.slice(at, end + close.length));
    at = end;
  }
  return found;
}
/** The first element named `tag` inside `xml`, whole, or ''. */
const xmlElement = (xml: string, tag: string): string => xmlAll(xml, tag)[0] ?? '';
/** The text of the first element named `tag` inside `xml`, or ''. */
const xmlOf = (xml: string, tag: string): string => xmlText(xmlElement(xml, tag));

/**
 * An HR-XML candidate (the Candidate or StructuredXMLResume schema an applicant-tracking system exports) read as the
 * CV it holds: the name, "Email:" and "Phone:" lines (the mobile first), each position as "Title, Employer   2019-01-02 –
 * Present" over its description, each school as a line with its dates, each competency as a skill. Only a text that
 * opens with XML and holds a StructuredXMLResume, an EmploymentHistory or a Candidate element.
 */
export function fromHrXml(text: string): string {
  // (Namespace prefixes dropped once: "<hr:PositionHistory>" is a PositionHistory.)
  const t = text.trim().replace(/<(\/?)[A-Za-z][\w-]{0,40}:/g, '<$1');
  if (!t.startsWith('<') || !/<(?:StructuredXMLResume|EmploymentHistory|Candidate)\b/.test(t) || t.length > 2_000_000) return text;
  const date = (xml: string) => xmlOf(xml, 'AnyDate') || xmlOf(xml, 'YearMonth') || xmlOf(xml, 'Year') || xmlOf(xml, 'StringDate');
  const period = (xml: string) => {
    const [start, end] = [date(xmlElement(xml, 'StartDate')), date(xmlElement(xml, 'EndDate'))];
    return start ? `${start} – ${!end || /^(?:current|now|present)$/i.test(end) ? 'Present' : end}` : '';
  };
  const name = xmlOf(t, 'FormattedName') || [xmlOf(t, 'GivenName'), xmlOf(t, 'FamilyName')].filter(Boolean).join(' ');
  const mobiles = xmlAll(t, 'Mobile').map((m) => xmlOf(m, 'FormattedNumber') || xmlText(m));
  const phones = [...mobiles, ...xmlAll(t, 'FormattedNumber').map(xmlText)].filter((p, k, all) => p && all.indexOf(p) === k);
  const out = [name, ...xmlAll(t, 'InternetEmailAddress').map((e) => `Email: ${xmlText(e)}`), ...phones.map((p) => `Phone: ${p}`), xmlOf(t, 'Objective')];
  if (xmlOf(t, 'ExecutiveSummary')) out.push('', 'Summary', xmlOf(t, 'ExecutiveSummary'));
  const positions = xmlAll(t, 'EmployerOrg').flatMap((org) => xmlAll(org, 'PositionHistory').map((p) => ({ p, employer: xmlOf(p, 'OrganizationName') || xmlOf(org, 'EmployerOrgName') })));
  const loose = positions.length === 0 ? xmlAll(t, 'PositionHistory').map((p) => ({ p, employer: xmlOf(p, 'OrganizationName') || xmlOf(p, 'OrgName') })) : [];
  if (positions.length + loose.length > 0) out.push('', 'Work Experience');
  for (const { p, employer } of [...positions, ...loose]) out.push([[xmlOf(p, 'Title'), employer].filter(Boolean).join(', '), period(p)].filter(Boolean).join('   '), xmlOf(p, 'Description'));
  const schools = xmlAll(t, 'SchoolOrInstitution');
  if (schools.length > 0) out.push('', 'Education');
  for (const s of schools) out.push([[xmlOf(s, 'DegreeName'), xmlOf(s, 'SchoolName')].filter(Boolean).join(', '), period(s) || xmlOf(s, 'DegreeDate')].filter(Boolean).join('   '));
  const skills = [...t.matchAll(/<Competency\b[^>]{0,300}?\bname="([^"]{1,100})"/g)].map((m) => xmlText(m[1]!));
  if (skills.length > 0) out.push('', 'Skills', ...skills.map((k) => `• ${k}`));
  return out.filter((l, k) => l !== '' || out[k + 1] !== '').join('\n');
}

/** Longer lines are no Markdown a person typed: they are left as they are. */
const MAX_MARKDOWN_LINE = 2000;

export function extractTxt(bytes: Uint8Array): ExtractedText {
  const { text, encoding } = decodeText(bytes);
  const lines = fromProfilePage(fromOutline(fromInnerBarTables(fromBarTables(fromMarkdown(fromWiki(fromJiraWiki(fromTypst(fromAsciiDoc(fromRestructuredText(fromFixedWidth(fromSideBySide(textToLines(fromTranscriptText(fromLatex(fromHrXml(fromJsonResume(text)))))))))))))))));
  const warnings = encoding === 'gb18030' ? ['The text file is not UTF-8; it was read as GB18030.'] : [];
  return { format: 'txt', lines, pages: 1, pagesRead: 1, hasTextLayer: lines.length > 0, columns: 1, warnings };
}
