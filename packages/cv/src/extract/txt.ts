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
 * rules ("---"), links ("[site](https://…)" → "site https://…") and table rows ("| 2019 | Acme |" → cells). Only a
 * text that is Markdown — two heading lines, or a heading and a table or emphasis — is changed.
 */
export function fromMarkdown(lines: string[]): string[] {
  // Every pattern is bounded (a line over MAX_MARKDOWN_LINE is left as it is, a span at most 200 characters), so a
  // hostile line of thousands of "**a " costs linear time.
  const short = (l: string) => l.length <= MAX_MARKDOWN_LINE;
  const headings = lines.filter((l) => short(l) && /^#{1,6}\s+\S/.test(l)).length;
  const marked = lines.filter((l) => short(l) && /^\s*\|.*\|\s*$|\*\*[^*\n]{1,200}\*\*|^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(l)).length;
  if (headings < 2 && !(headings >= 1 && marked >= 2)) return lines;
  return lines.flatMap((line) => {
    if (!short(line)) return [line];
    if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line) || /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(line)) return [];
    let out = line.replace(/^#{1,6}\s+/, '').trimEnd().replace(/\s#+$/, '');
    if (/^\s*\|.*\|\s*$/.test(out)) out = out.trim().slice(1, -1).split('|').map((c) => c.trim()).join('   ');
    out = out
      .replace(/\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)/g, '$1 $2')
      .replace(/(\*\*|__)([^*_\n]{1,200}?)\1/g, '$2')
      .replace(/(?<![\w*])([*_])([^*_\s](?:[^*_\n]{0,200}?[^*_\s])?)\1(?![\w*])/g, '$2')
      .replace(/`([^`\n]{1,200})`/g, '$1');
    return out.trim().length > 0 ? [out] : [];
  });
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

/**
 * A fixed-width text report (an HRIS or mainframe export) sets its columns two spaces apart and rules its heading row
 * with a run of dashes a column: "SEQ  FROM     TO       EMPLOYER" over "---  -------  -------  --------" over
 * "001  2022-08  CURRENT  Kildonan Home Goods". The ruler's runs are the columns: the heading row and the rows under
 * it, while each leaves the ruler's gaps blank, are cut there into cells a wide gap apart, as other tables read; the
 * ruler goes.
 */
export function fromFixedWidth(lines: string[]): string[] {
  const out: (string | null)[] = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > MAX_MARKDOWN_LINE || !RULER.test(lines[i]!)) continue;
    const starts = [...lines[i]!.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
    const gaps = starts.slice(1).flatMap(([a], k) => Array.from({ length: a - starts[k]![1] }, (_, j) => starts[k]![1] + j));
    const fits = (l: string | undefined) => l !== undefined && l.length <= MAX_MARKDOWN_LINE && !RULER.test(l) && gaps.every((p) => (l[p] ?? ' ') === ' ');
    const cut = (l: string) => {
      const cells = starts.map(([a], k) => l.slice(k === 0 ? 0 : a, starts[k + 1]?.[0] ?? l.length).trim()).filter(Boolean);
      return cells.length >= 2 ? cells.join('   ') : l;
    };
    out[i] = null;
    if (fits(lines[i - 1])) out[i - 1] = cut(lines[i - 1]!);
    for (let j = i + 1; j < lines.length && fits(lines[j]); j++) out[j] = cut(lines[j]!);
  }
  return out.filter((l) => l !== null);
}

/** Longer lines are no Markdown a person typed: they are left as they are. */
const MAX_MARKDOWN_LINE = 2000;

export function extractTxt(bytes: Uint8Array): ExtractedText {
  const { text, encoding } = decodeText(bytes);
  const lines = fromOutline(fromMarkdown(fromWiki(fromRestructuredText(fromFixedWidth(textToLines(text))))));
  const warnings = encoding === 'gb18030' ? ['The text file is not UTF-8; it was read as GB18030.'] : [];
  return { format: 'txt', lines, pages: 1, pagesRead: 1, hasTextLayer: lines.length > 0, columns: 1, warnings };
}
