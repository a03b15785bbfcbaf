import JSZip from 'jszip';
import mammoth from 'mammoth';
import { CvError } from '../errors';
import type { ExtractedText } from './extracted-text';
import { decodeEntities, htmlToLines } from './html-lines';
import { checkZip } from './zip-guard';

/** Paragraph texts of a WordprocessingML part (header or footer), tabs kept as wide gaps. */
function partLines(xml: string): string[] {
  return (xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) =>
      decodeEntities(
        (p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
          .map((t) => (t === '<w:tab/>' ? '   ' : t.replace(/<[^>]+>/g, '')))
          .join(''),
      ).trim(),
    )
    .filter((line) => line.length > 0);
}

/** Extracts a DOCX body with mammoth, plus its headers and footers (where contact lines often live). */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  const names = checkZip(bytes);
  if (!names.includes('word/document.xml')) {
    throw new CvError('unsupported_format', 'This zip file is not a Word document (.docx). Upload a PDF, DOCX or plain-text CV.');
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: JSZip;
  let html: string;
  try {
    zip = await JSZip.loadAsync(buffer);
    // Word's Title style holds the name in most templates; mapping it lets the name be read first even when
    // it sits in the second cell of a layout table.
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] })).value;
  } catch (error) {
    throw new CvError('corrupt_file', 'This Word file is damaged and cannot be read. Save it again from Word and re-upload.', { cause: error });
  }
  const partNames = names.filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort();
  const header: string[] = [];
  const footer: string[] = [];
  for (const name of partNames) {
    const xml = await zip.file(name)?.async('string');
    if (xml) (name.includes('header') ? header : footer).push(...partLines(xml));
  }
  const body = htmlToLines(html);
  const seen = new Set<string>();
  // Word repeats the same header on first/even/odd pages: keep one copy of each line.
  const unique = (lines: string[]) => lines.filter((l) => !seen.has(l) && seen.add(l));
  const lines = [...unique(header), ...body.lines, ...unique(footer)];
  // A layout table (cells holding several paragraphs) is how Word CVs make a sidebar: report it as columns.
  return { format: 'docx', lines, pages: 1, pagesRead: 1, hasTextLayer: lines.length > 0, columns: body.columns, warnings: [] };
}
