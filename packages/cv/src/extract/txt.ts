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
    .map((line) => line.replace(/\t+/g, '   ').replace(/\s+$/u, ''))
    .filter((line) => line.trim().length > 0);
}

/**
 * Markdown (a CV kept in a notes app, a README-style CV, a Notion export) has its syntax taken off, so that what is
 * left reads as the plain text it stands for: heading marks ("## Experience"), emphasis ("**Title**", "*2021 → now*"),
 * rules ("---"), links ("[site](https://…)" → "site https://…") and table rows ("| 2019 | Acme |" → cells). Only a
 * text that is Markdown — two heading lines, or a heading and a table or emphasis — is changed.
 */
export function fromMarkdown(lines: string[]): string[] {
  const headings = lines.filter((l) => /^#{1,6}\s+\S/.test(l)).length;
  const marked = lines.filter((l) => /^\s*\|.*\|\s*$|\*\*\S.*?\S\*\*|^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(l)).length;
  if (headings < 2 && !(headings >= 1 && marked >= 2)) return lines;
  return lines.flatMap((line) => {
    if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line) || /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(line)) return [];
    let out = line.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
    if (/^\s*\|.*\|\s*$/.test(out)) out = out.trim().slice(1, -1).split('|').map((c) => c.trim()).join('   ');
    out = out
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 $2')
      .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/(?<![\w*])([*_])(\S(?:[^*_]*?\S)?)\1(?![\w*])/g, '$2')
      .replace(/`([^`]+)`/g, '$1');
    return out.trim().length > 0 ? [out] : [];
  });
}

export function extractTxt(bytes: Uint8Array): ExtractedText {
  const { text, encoding } = decodeText(bytes);
  const lines = fromMarkdown(textToLines(text));
  const warnings = encoding === 'gb18030' ? ['The text file is not UTF-8; it was read as GB18030.'] : [];
  return { format: 'txt', lines, pages: 1, pagesRead: 1, hasTextLayer: lines.length > 0, columns: 1, warnings };
}
