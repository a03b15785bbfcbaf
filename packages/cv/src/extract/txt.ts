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

export function extractTxt(bytes: Uint8Array): ExtractedText {
  const { text, encoding } = decodeText(bytes);
  const lines = textToLines(text);
  const warnings = encoding === 'gb18030' ? ['The text file is not UTF-8; it was read as GB18030.'] : [];
  return { format: 'txt', lines, pages: 1, pagesRead: 1, hasTextLayer: lines.length > 0, columns: 1, warnings };
}
