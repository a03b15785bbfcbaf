import type { CvFormat } from '../types';

/** What every extractor returns: the document as reading-ordered lines, plus what it saw on the way. */
export interface ExtractedText {
  format: CvFormat;
  lines: string[];
  pages: number;
  pagesRead: number;
  hasTextLayer: boolean;
  columns: number;
  warnings: string[];
}

/** Options shared by the extractors. */
export interface ExtractOptions {
  maxPages: number;
  signal?: AbortSignal | undefined;
}
