import type { CvFormat } from '../types';
import { detectFormat } from './detect-format';
import { extractDocx } from './docx';
import type { ExtractedText, ExtractOptions } from './extracted-text';
import { extractPdf } from './pdf';
import { extractTxt } from './txt';

export type { ExtractedText, ExtractOptions } from './extracted-text';

/**
 * Bounds on the text handed to the parser. A 10-page CV is ~50,000 characters in lines of at most a few hundred;
 * a hostile file can be one 10 MB line, and the parser's pattern matching (emails, URLs, dates) costs up to the
 * square of a line's length. Longer lines are cut, and text past the total is dropped with a warning.
 */
export const TEXT_LIMITS = { maxLineChars: 1_000, maxTotalChars: 200_000 } as const;

/** Cuts a line into pieces of at most `max` characters, at a space where there is one. */
function cutLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const at = space > max / 2 ? space : max;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

function boundText(extracted: ExtractedText): ExtractedText {
  const lines: string[] = [];
  let total = 0;
  for (const line of extracted.lines) {
    for (const piece of line.length > TEXT_LIMITS.maxLineChars ? cutLine(line, TEXT_LIMITS.maxLineChars) : [line]) {
      total += piece.length;
      if (total > TEXT_LIMITS.maxTotalChars) {
        const warning = `Only the first ${TEXT_LIMITS.maxTotalChars.toLocaleString('en')} characters were read.`;
        return { ...extracted, lines, warnings: [...extracted.warnings, warning] };
      }
      lines.push(piece);
    }
  }
  return lines.length === extracted.lines.length ? extracted : { ...extracted, lines };
}

/** Detects the format from the bytes and runs the matching extractor. */
export async function extractText(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  const format: CvFormat = detectFormat(bytes);
  if (format === 'pdf') return boundText(await extractPdf(bytes, options));
  if (format === 'docx') return boundText(await extractDocx(bytes));
  return boundText(extractTxt(bytes));
}
