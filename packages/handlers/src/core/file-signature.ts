/** File kinds Kiln accepts, told apart by content, never by the client's MIME type or file name. */
export type FileKind = 'pdf' | 'docx' | 'txt';

export const CONTENT_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PDF_MAGIC = ascii('%PDF-');
const ZIP_MAGIC = ascii('PK\u0003\u0004');
const DOCX_PART = ascii('word/document.xml');

/** What the file is by its bytes, or `null` when it is none of the accepted kinds. */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  // The PDF header may follow up to 1 KB of junk; readers accept that, so do we.
  if (indexOf(bytes.subarray(0, 1024), PDF_MAGIC) !== -1) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return indexOf(bytes, DOCX_PART) !== -1 ? 'docx' : null; // xlsx, jar, plain zip: no
  return looksLikeText(bytes) ? 'txt' : null;
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false; // binary
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) control += 1;
  }
  // UTF-8, GB18030 and Latin-1 text have almost no control bytes; images and executables have many.
  return control <= sample.length * 0.01;
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first!); i !== -1 && i <= last; i = bytes.indexOf(first!, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
