import { KilnError } from './errors';

/** One field of a multipart body, found in place: `bytes` is a view of the body, not a copy. */
export type MultipartField = { kind: 'file'; bytes: Uint8Array } | { kind: 'text' };

const CRLF_CRLF = new Uint8Array([13, 10, 13, 10]);
const MAX_PART_HEADERS = 8 * 1024;

/**
 * Finds the first field named `name` in a `multipart/form-data` body (RFC 7578) without copying it:
 * the body is held once, and a file is returned as a view into it. `null` when no field has the name.
 * A body that is not well-formed multipart is a `400`.
 */
export function findMultipartField(body: Uint8Array, contentType: string, name: string): MultipartField | null {
  // RFC 2046 allows 70 characters; some clients make longer ones. The whole value, or none.
  const boundary = /;\s*boundary=(?:"([^"]{1,200})"|([^\s;"]{1,200}))(?=\s*(?:;|$))/i.exec(contentType);
  if (!boundary) throw malformed(name, 'the Content-Type has no boundary');
  const encoder = new TextEncoder();
  const delimiter = encoder.encode(`--${boundary[1] ?? boundary[2]}`);
  const between = encoder.encode(`\r\n--${boundary[1] ?? boundary[2]}`);
  // The first delimiter may open the body or follow a preamble line.
  let at = startsWith(body, delimiter, 0) ? 0 : indexOf(body, between, 0) + 2;
  if (at < 2 && !startsWith(body, delimiter, 0)) throw malformed(name, 'no part starts with the boundary');
  for (;;) {
    at += delimiter.byteLength;
    if (body[at] === 45 && body[at + 1] === 45) return null; // "--": the closing delimiter
    const headersStart = indexOf(body, new Uint8Array([13, 10]), at) + 2;
    if (headersStart < 2) throw malformed(name, 'a part is cut short');
    const headersEnd = startsWith(body, new Uint8Array([13, 10]), headersStart) ? headersStart : indexOf(body, CRLF_CRLF, headersStart);
    if (headersEnd < 0) throw malformed(name, 'a part has no end to its headers');
    // A part's headers are a few lines; more is not a browser's form, and is not worth decoding.
    if (headersEnd - headersStart > MAX_PART_HEADERS) throw malformed(name, 'a part has more than 8 KB of headers');
    const contentStart = headersEnd === headersStart ? headersStart + 2 : headersEnd + 4;
    const contentEnd = indexOf(body, between, contentStart);
    if (contentEnd < 0) throw malformed(name, 'the body ends before its closing boundary');
    const disposition = partDisposition(new TextDecoder().decode(body.subarray(headersStart, headersEnd)));
    if (disposition?.name === name) {
      return disposition.file ? { kind: 'file', bytes: body.subarray(contentStart, contentEnd) } : { kind: 'text' };
    }
    at = contentEnd + 2;
  }
}

/** The field name of a part, and whether it is a file (has a filename), from its headers. */
function partDisposition(headers: string): { name: string; file: boolean } | null {
  const line = headers.split('\r\n').find((header) => /^content-disposition\s*:/i.test(header));
  if (!line) return null;
  const params = new Map<string, string>();
  for (const match of line.matchAll(/;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
    params.set(match[1]!.toLowerCase(), match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!.trim());
  }
  const name = params.get('name');
  if (name === undefined) return null;
  // Browsers write a `"` in a field name as %22 (and CR, LF as %0D, %0A).
  return { name: name.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n'), file: params.has('filename') || params.has('filename*') };
}

function malformed(name: string, what: string): KilnError {
  return new KilnError('bad_request', `The multipart body could not be read (${what}). Send a form with the file in the field "${name}".`);
}

function startsWith(haystack: Uint8Array, needle: Uint8Array, at: number): boolean {
  if (at + needle.byteLength > haystack.byteLength) return false;
  for (let i = 0; i < needle.byteLength; i++) if (haystack[at + i] !== needle[i]) return false;
  return true;
}

/** Where `needle` starts in `haystack` from `from`, or -1; the native indexOf finds each candidate first byte. */
function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let at = haystack.indexOf(first, from); at !== -1; at = haystack.indexOf(first, at + 1)) {
    if (startsWith(haystack, needle, at)) return at;
  }
  return -1;
}
