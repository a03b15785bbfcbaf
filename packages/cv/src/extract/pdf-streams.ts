import { brotliDecompressSync, constants, inflateSync } from 'node:zlib';
import { CvError } from '../errors';
import { ascii85Decode, asciiHexDecode, lzwDecode, OverBudget, runLengthDecode } from './pdf-filters';

/** What a PDF's Flate streams may decode to before pdfjs is given the file. */
export interface PdfStreamLimits {
  /** Bytes all Flate streams may decode to together, every stage of a chain counted. */
  maxDecodedBytes: number;
  /** Wall-clock time the scan may take. */
  maxMs: number;
}

/**
 * A CV's text, fonts and a photo decode to a few MB; a scanned 10-page PDF stored with Flate to ~100 MB.
 * 128 MB is also the most the scan itself ever allocates (pdfjs's own buffers are ArrayBuffers, which a
 * worker's heap cap does not bound: this is the bound).
 */
export const DEFAULT_PDF_STREAM_LIMITS: PdfStreamLimits = { maxDecodedBytes: 128 * 1024 * 1024, maxMs: 3_000 };

/** Chains longer than this are not something a producer writes (`[/FlateDecode /FlateDecode]` is already rare). */
const MAX_STAGES = 8;

const bomb = () =>
  new CvError('decompression_bomb', 'This PDF holds compressed data that expands to far more than any CV would (a "decompression bomb"), so it was not opened.');

/** pdfjs (like zlib) only decodes a Flate stream that starts with a valid zlib header: deflate, no preset dictionary. */
function zlibHeader(bytes: Uint8Array, at: number): boolean {
  const cmf = bytes[at];
  const flg = bytes[at + 1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

/** The filter names a stream dictionary lists directly (`/Filter /X` or `/Filter [/X /Y]`), `#xx` escapes decoded. */
function filtersOf(dict: string): string[] | null {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict)?.[1];
  if (!filter) return null;
  return [...filter.matchAll(/\/([^\s/[\]<>()]+)/g)].map((m) => m[1]!.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/** One decoding stage under `limit` output bytes, or null for a filter this scan does not decode (images, Crypt). */
function decodeStage(name: string, data: Uint8Array, limit: number): Uint8Array | null {
  switch (name) {
    case 'FlateDecode':
    case 'Fl':
      if (!zlibHeader(data, 0)) return null;
      // maxOutputLength: zlib stops as soon as the output would pass the limit, so no more than the budget is
      // ever allocated, however far the stream would go.
      return inflateSync(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH });
    case 'BrotliDecode':
      return brotliDecompressSync(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.BROTLI_OPERATION_FLUSH });
    case 'ASCIIHexDecode':
    case 'AHx':
      return asciiHexDecode(data, limit);
    case 'ASCII85Decode':
    case 'A85':
      return ascii85Decode(data, limit);
    case 'LZWDecode':
    case 'LZW':
      return lzwDecode(data, limit);
    case 'RunLengthDecode':
    case 'RL':
      return runLengthDecode(data, limit);
    default:
      return null;
  }
}

const overBudget = (error: unknown) => error instanceof OverBudget || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';

/**
 * Decodes every compressed stream of a PDF once, under a total decoded-bytes budget and a time budget, and
 * refuses the file as `decompression_bomb` past either. pdfjs decodes a stream in full when it reads it, into
 * buffers no heap cap bounds: after this scan, whatever it decodes is known to fit.
 *
 * A stream is found as `stream` + end of line (not `endstream`). Its dictionary's `/Filter` chain is applied in
 * order (Flate, Brotli, LZW, RunLength, ASCIIHex, ASCII85; image codecs and Crypt end the chain, undecoded),
 * every stage's output counted. A stream whose filters are not written in its dictionary (given by reference)
 * is decoded while it starts with a zlib header, which pdfjs requires of a Flate stream. `/Length` is not
 * trusted: zlib stops at the end of the compressed data, other filters at their end marker or at `endstream`,
 * and a truncated stream is decoded as far as it goes (`Z_SYNC_FLUSH`), as pdfjs does. Streams pdfjs would
 * decrypt first (an encrypted PDF, even one with an empty user password) are not bounded by this scan.
 */
export function checkPdfStreams(bytes: Uint8Array, limits: PdfStreamLimits = DEFAULT_PDF_STREAM_LIMITS): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const deadline = Date.now() + limits.maxMs;
  let left = limits.maxDecodedBytes;
  for (let at = buffer.indexOf('stream'); at >= 0; at = buffer.indexOf('stream', at + 6)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    let body = at + 6;
    if (buffer[body] === 0x0d) body++;
    if (buffer[body] !== 0x0a && buffer[body - 1] !== 0x0d) continue; // "stream" inside other text
    if (buffer[body] === 0x0a) body++;
    // The dictionary: from the object's header to the keyword (4 KB back at most; a stream's dictionary is small).
    const head = buffer.toString('latin1', Math.max(0, at - 4_096), at);
    const objectAt = head.lastIndexOf(' obj');
    const filters = (objectAt >= 0 ? filtersOf(head.slice(objectAt)) : null) ?? Array<string>(MAX_STAGES).fill('FlateDecode');
    const end = buffer.indexOf('endstream', body);
    let data: Uint8Array = filters[0] === 'FlateDecode' || filters[0] === 'Fl' || end < 0 ? buffer.subarray(body) : buffer.subarray(body, end);
    for (const name of filters.slice(0, MAX_STAGES)) {
      if (Date.now() > deadline) throw bomb();
      let decoded: Uint8Array | null;
      try {
        decoded = decodeStage(name, data, left);
      } catch (error) {
        if (overBudget(error)) throw bomb();
        break; // not valid data for this filter: pdfjs will report the damage, if the stream is ever read
      }
      if (!decoded) break;
      data = decoded;
      left -= data.length;
      if (left < 0) throw bomb();
    }
  }
}
