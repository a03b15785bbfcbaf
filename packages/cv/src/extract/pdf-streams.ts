import { constants, inflateSync } from 'node:zlib';
import { CvError } from '../errors';

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

/**
 * Decodes every Flate stream of a PDF once, under a total decoded-bytes budget and a time budget, and refuses
 * the file as `decompression_bomb` past either. pdfjs inflates a stream in full when it reads it, into buffers
 * no heap cap bounds: after this scan, whatever it inflates is known to fit.
 *
 * A stream is found as `stream` + end of line (not `endstream`), and decoded if its body starts with a zlib
 * header, whatever its dictionary says: a `/Filter` given by reference, or a chain such as
 * `[/FlateDecode /FlateDecode]`, is covered too (a stage whose output is again zlib data is decoded again). The
 * stream's `/Length` is not trusted: zlib stops at the end of the compressed data, and a truncated stream is
 * decoded as far as it goes (`Z_SYNC_FLUSH`), as pdfjs does. Streams pdfjs would decrypt first (an encrypted
 * PDF) do not start with a zlib header and are not bounded by this scan.
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
    let data: Uint8Array = buffer.subarray(body);
    for (let stage = 0; stage < MAX_STAGES && zlibHeader(data, 0); stage++) {
      if (Date.now() > deadline) throw bomb();
      try {
        // maxOutputLength: zlib stops as soon as the output would pass what is left of the budget, so no more
        // than the budget is ever allocated, however far the stream would go.
        data = inflateSync(data, { maxOutputLength: Math.max(1, left), finishFlush: constants.Z_SYNC_FLUSH });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
        break; // not valid Flate data: pdfjs will report the damage, if the stream is ever read
      }
      left -= data.length;
      if (left < 0) throw bomb();
    }
  }
}
