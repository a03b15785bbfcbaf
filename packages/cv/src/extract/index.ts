import type { CvFormat } from '../types';
import { detectFormat } from './detect-format';
import { extractDocx } from './docx';
import type { ExtractedText, ExtractOptions } from './extracted-text';
import { extractPdf } from './pdf';
import { extractTxt } from './txt';

export type { ExtractedText, ExtractOptions } from './extracted-text';

/** Detects the format from the bytes and runs the matching extractor. */
export async function extractText(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  const format: CvFormat = detectFormat(bytes);
  if (format === 'pdf') return extractPdf(bytes, options);
  if (format === 'docx') return extractDocx(bytes);
  return extractTxt(bytes);
}
