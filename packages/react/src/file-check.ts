import type { FileKind } from './types';

/**
 * The checks the widget runs before any byte is uploaded. The type is told by the file's content, as
 * the server does (`detectFileKind` in @kiln/handlers); the server checks again, so this is for the
 * person's sake, not for security.
 */
export type FileProblem =
  | { code: 'too_many' }
  | { code: 'empty_file'; name: string }
  | { code: 'too_large'; name: string }
  | { code: 'wrong_type'; name: string };

const MIME: Record<FileKind, string> = {
  pdf: '.pdf,application/pdf',
  docx: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: '.txt,text/plain',
};

/** The `accept` attribute for the file input: a hint to the picker, not a check. */
export function acceptAttribute(kinds: readonly FileKind[]): string {
  return kinds.map((kind) => MIME[kind]).join(',');
}

export async function checkFiles(files: readonly File[], options: { maxBytes: number; accept: readonly FileKind[] }): Promise<FileProblem | null> {
  if (files.length !== 1) return { code: 'too_many' };
  const file = files[0]!;
  if (file.size === 0) return { code: 'empty_file', name: file.name };
  if (file.size > options.maxBytes) return { code: 'too_large', name: file.name };
  const kind = sniffKind(await sample(file));
  return kind && options.accept.includes(kind) ? null : { code: 'wrong_type', name: file.name };
}

/**
 * The bytes the kind can be told from without reading a large file whole: the first 8 KB, and for a
 * ZIP also the last 64 KB, where its central directory names every entry (`word/document.xml`).
 */
async function sample(file: File): Promise<Uint8Array> {
  const head = new Uint8Array(await file.slice(0, 8192).arrayBuffer());
  if (file.size <= 8192 || head[0] !== 0x50 || head[1] !== 0x4b) return head;
  const tail = new Uint8Array(await file.slice(Math.max(8192, file.size - 65536)).arrayBuffer());
  const both = new Uint8Array(head.length + tail.length);
  both.set(head);
  both.set(tail, head.length);
  return both;
}

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Same rules as the server: PDF header in the first KB, a ZIP holding `word/document.xml`, or text. */
export function sniffKind(bytes: Uint8Array): FileKind | null {
  if (find(bytes.subarray(0, 1024), bytesOf('%PDF-'))) return 'pdf';
  if (find(bytes.subarray(0, 4), bytesOf('PK\u0003\u0004'))) return find(bytes, bytesOf('word/document.xml')) ? 'docx' : null;
  if ((bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'txt';
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return null;
    if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f) control++;
  }
  return control <= sample.length * 0.01 ? 'txt' : null;
}

function find(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = haystack.indexOf(needle[0]!); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(needle[0]!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
