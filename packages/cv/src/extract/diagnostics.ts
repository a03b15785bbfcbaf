import type { Diagnostics, Language } from '../types';
import type { ExtractedText } from './extracted-text';

const UNREADABLE = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\uE000-\uF8FF]/gu;

/** Measures what was extracted: languages by script share, unreadable characters, columns, pages. */
export function diagnose(extracted: ExtractedText): Diagnostics {
  const lines = extracted.lines;
  const text = lines.join('\n');
  const visible = text.replace(/\s+/g, '');
  const han = (visible.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latinWords = (text.match(/[A-Za-z]{2,}/g) ?? []).length;
  const unreadable = (visible.match(UNREADABLE) ?? []).length + (text.match(/\(cid:\d+\)/g) ?? []).length * 6;
  const languages: [Language, number][] = [];
  // A Chinese character carries about as much as an English word does: compare counts directly.
  if (han >= 10) languages.push(['zh', han]);
  if (latinWords >= 10 && (han === 0 || latinWords >= han * 0.15)) languages.push(['en', latinWords]);
  languages.sort((a, b) => b[1] - a[1]);
  const unreadableShare = visible.length === 0 ? 0 : Math.round((unreadable / visible.length) * 1000) / 1000;
  const warnings = [...extracted.warnings];
  if (unreadableShare > 0.05) warnings.push(`About ${Math.round(unreadableShare * 100)} % of the characters could not be decoded (an embedded font without a Unicode map).`);
  if (extracted.columns > 1) warnings.push('Two-column layout detected: each column was read top to bottom, the sidebar before or after the main column.');
  return {
    format: extracted.format,
    pages: extracted.pages,
    pagesRead: extracted.pagesRead,
    hasTextLayer: extracted.hasTextLayer,
    columns: extracted.columns,
    languages: languages.map(([language]) => language),
    unreadableShare,
    characters: visible.length,
    lines: lines.length,
    warnings,
  };
}
