import { createRequire } from 'node:module';
import path from 'node:path';
import { CvError } from '../errors';
import { unifyRadicals } from './cjk-radicals';
import type { ExtractedText, ExtractOptions } from './extracted-text';
import { layoutPage, type TextRun } from './layout';
import { collapseLetterSpacing } from './lines';
import { checkPdfStreams } from './pdf-streams';

/** A running footer: the person's name and what the document is, maybe with the page ("Jane Doe · Résumé · 2/3"). */
// (Or a running header so, the page in a cell of its own: "唐立新 — 简历   Page 2 of 2".)
const RUNNING_FOOTER = /^\p{L}[\p{L} .'’-]{1,40}\s*[·|•–—-]\s*(?:résumé|resume|cv|curriculum vitae|lebenslauf|简历|个人简历|簡歷|個人簡歷|履历|履歷)(?:(?:\s*[·|•–—-]\s*|\s{3,})(?:(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?))?$/iu;

/**
 * A page's lines without its furniture: page numbers ("Page 1 of 2", "- 2 -", "第 1 页") would split an entry that runs
 * across pages, and so would a running footer naming the document (the page's last line: "NOMCEBO SHONGWE · RÉSUMÉ") or
 * a running header from the second page on (its first line: "唐立新 — 简历   Page 2 of 2"; on the first page it names the
 * person).
 */
export function withoutPageFurniture(lines: string[], pageNumber: number): string[] {
  return lines.filter((line, k, all) => !PAGE_NUMBER.test(line.trim()) && !(((k === all.length - 1 && k > 2) || (k === 0 && pageNumber > 1)) && RUNNING_FOOTER.test(line.trim())));
}
// (Also a slide's number, as PowerPoint prints handouts: "Slide 2", "幻灯片 2".)
const PAGE_NUMBER = /^(?:page\s*\d+(?:\s*(?:of|\/)\s*\d+)?|(?:slide|幻灯片)\s+\d{1,3}|\d+\s*(?:of|\/)\s*\d+|-\s*\d+\s*-|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,3})$/i;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * pdfjs's build for Node bundles core-js, which replaces `Array.prototype.push` with a JavaScript version (V8's
 * does not throw on a length past 2^53 − 1, an edge no code here reaches) when pdfjs and its worker are loaded.
 * That slowed every push in the process after the first PDF, the analyser's and the host's: the native one is
 * put back. (The methods core-js adds, which Node 20 lacks and pdfjs uses, stay.)
 */
const NATIVE_PUSH = Array.prototype.push;
function restoreNativePush(): void {
  if (Array.prototype.push !== NATIVE_PUSH) Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, enumerable: false, configurable: true });
}

/** pdfjs is large: load it once, on the first PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    restoreNativePush();
    return pdfjs;
  });
  return pdfjsPromise;
}

/** The package folder, for the CJK cMaps and standard font data pdfjs reads from disk. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
}

function mapPdfError(error: unknown): CvError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new CvError('encrypted_pdf', 'This PDF is password-protected. Save an unprotected copy (or print it to PDF) and upload that.', { cause: error });
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new CvError('corrupt_file', 'This PDF is damaged and cannot be read. Export it again from the original document.', { cause: error });
  }
  if (error instanceof CvError) return error;
  // The raw message stays in `cause` (for the log): it reaches no page.
  return new CvError('corrupt_file', 'This PDF could not be read. Export it again from the original document.', { cause: error });
}

/** Extracts reading-ordered lines from a PDF's text layer, page by page, up to `maxPages`. */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  // Before pdfjs inflates anything: its buffers are not bounded by the worker's heap cap.
  checkPdfStreams(bytes);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: Number(process.env.KILN_CV_PDFJS_VERBOSITY ?? 0),
  });
  const onAbort = () => void task.destroy();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw mapPdfError(error);
    });
    // The first document loads pdfjs's worker code into this thread, and its core-js with it.
    restoreNativePush();
    const pagesRead = Math.min(doc.numPages, options.maxPages);
    const lines: string[] = [];
    let columns = 1;
    let runsSeen = 0;
    for (let n = 1; n <= pagesRead; n++) {
      if (options.signal?.aborted) throw new CvError('aborted', 'The analysis was cancelled.');
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        // Whitespace-only items are pdfjs's stand-ins for gaps; the gaps are measured from positions instead,
        // so that a tab stop (a wide gap) is told apart from a word space.
        if (!('str' in item) || item.str.trim().length === 0) continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
        runs.push({ text: unifyRadicals(collapseLetterSpacing(item.str)), x: e, y: f, width: item.width, size: Math.hypot(a, b) || item.height || 10, font: item.fontName });
      }
      runsSeen += runs.filter((r) => r.text.trim()).length;
      const layout = layoutPage(runs);
      columns = Math.max(columns, layout.columns);
      lines.push(...withoutPageFurniture(layout.lines, n));
      page.cleanup();
    }
    const warnings = doc.numPages > pagesRead ? [`Only the first ${pagesRead} of ${doc.numPages} pages were read.`] : [];
    await doc.destroy();
    return { format: 'pdf', lines, pages: doc.numPages, pagesRead, hasTextLayer: runsSeen > 0, columns, warnings };
  } catch (error) {
    throw mapPdfError(error);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await task.destroy().catch(() => undefined);
  }
}
