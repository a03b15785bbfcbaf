import mammoth from 'mammoth';
import { CvError } from '../errors';
import type { ExtractedText } from './extracted-text';
import { decodeEntities, htmlToLines } from './html-lines';
import { readZipBounded } from './zip-guard';

/**
 * The `<w:p …>…</w:p>` paragraphs of a part, in one pass. A lazy regex (`<w:p[\s>][\s\S]*?<\/w:p>`) would rescan
 * the rest of the part from every unclosed `<w:p `: quadratic, minutes for a 1 MB header. Here, once no `</w:p>`
 * follows a paragraph's start, none can follow a later one either, and the scan stops.
 */
function paragraphs(xml: string): string[] {
  const found: string[] = [];
  const start = /<w:p[\s>]/g;
  for (let m = start.exec(xml); m; m = start.exec(xml)) {
    const end = xml.indexOf('</w:p>', m.index);
    if (end < 0) break;
    found.push(xml.slice(m.index, end + 6));
    start.lastIndex = end + 6;
  }
  return found;
}

/**
 * Paragraph texts of a WordprocessingML part (header or footer), tabs kept as wide gaps. A hyperlink's start or
 * end between two runs is a gap too: an email typed straight before a link run is not one address with it.
 */
function partLines(xml: string): string[] {
  return paragraphs(xml)
    .map((p) =>
      decodeEntities(
        // `[^<>]*`, not `[^>]*`: an attribute list cannot hold `<`, and stopping there keeps the scan linear.
        (p.match(/<w:t(?:\s[^<>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:hyperlink[\s>]|<\/w:hyperlink>/g) ?? [])
          .map((t) => (t === '<w:tab/>' ? '   ' : t.includes('hyperlink') ? '\u0001' : t.replace(/<[^>]+>/g, '')))
          .join('')
          .replace(/(?<=\S)\u0001+(?=\S)/g, '   ')
          .replaceAll('\u0001', ''),
      ).trim(),
    )
    .filter((line) => line.length > 0);
}

/** Element nesting deeper than Word writes (tables in tables in text boxes stay well under a hundred levels). */
const MAX_XML_DEPTH = 1_000;

/**
 * How deeply the elements of an XML text nest, in one linear pass over its tags, stopping once past `limit`.
 * Comments, processing instructions and self-closing tags open nothing.
 */
function xmlDepth(xml: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][^<>]*?)(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[3]) deepest = Math.max(deepest, ++depth);
    if (deepest > limit) break;
  }
  return deepest;
}

/** Extracts a DOCX body with mammoth, plus its headers and footers (where contact lines often live). */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  // Every entry is inflated once under a real budget before mammoth sees the file (see readZipBounded): what
  // mammoth's own zip reader inflates afterwards is then known to be bounded.
  const isPart = (n: string) => /^word\/(header|footer)\d*\.xml$/.test(n) || n === 'word/document.xml';
  const { names, parts } = readZipBounded(bytes, isPart);
  if (!names.includes('word/document.xml')) {
    throw new CvError('unsupported_format', 'This zip file is not a Word document (.docx). Upload a PDF, DOCX or plain-text CV.');
  }
  // mammoth reads the body's XML as a tree, recursively: a body nested deeper than any Word file is (100,000 runs one
  // inside the next) would exhaust its stack or the worker's memory, whichever comes first. Refused before, the same
  // way whatever else the worker has loaded.
  const document = parts.get('word/document.xml');
  if (document !== undefined && xmlDepth(new TextDecoder().decode(document), MAX_XML_DEPTH) > MAX_XML_DEPTH) {
    throw new CvError('corrupt_file', 'This Word file is damaged and cannot be read (its XML is nested deeper than Word writes). Save it again from Word and re-upload.');
  }
  parts.delete('word/document.xml');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  try {
    // Word's Title style holds the name in most templates; mapping it lets the name be read first even when
    // it sits in the second cell of a layout table.
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] })).value;
  } catch (error) {
    throw new CvError('corrupt_file', 'This Word file is damaged and cannot be read. Save it again from Word and re-upload.', { cause: error });
  }
  const header: string[] = [];
  const footer: string[] = [];
  for (const name of [...parts.keys()].sort()) {
    const xml = new TextDecoder().decode(parts.get(name));
    // A loop, not push(...lines): a part of 200,000 paragraphs would overflow the stack as arguments.
    for (const line of partLines(xml)) (name.includes('header') ? header : footer).push(line);
  }
  const body = htmlToLines(html);
  const seen = new Set<string>();
  // Word repeats the same header on first/even/odd pages: keep one copy of each line.
  const unique = (lines: string[]) => lines.filter((l) => !seen.has(l) && seen.add(l));
  const lines = [...unique(header), ...body.lines, ...unique(footer)];
  // A layout table (cells holding several paragraphs) is how Word CVs make a sidebar: report it as columns.
  return { format: 'docx', lines, pages: 1, pagesRead: 1, hasTextLayer: lines.length > 0, columns: body.columns, warnings: [] };
}
