import { CvError } from '../errors';
import type { CvFormat } from '../types';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Share of bytes that are control characters no text file contains (NUL, most C0 codes). */
function binaryShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 64 * 1024);
  let bad = 0;
  for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) bad++;
  return sample.length === 0 ? 0 : bad / sample.length;
}

/**
 * Decides the format from the content's signature, never from the client's name or MIME type (those only
 * break a tie for text that starts like nothing else).
 */
export function detectFormat(bytes: Uint8Array): CvFormat {
  if (bytes.length === 0) throw new CvError('empty_file', 'The file is empty. Upload the CV again.');
  // "%PDF-" may be preceded by junk; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE container: a password-protected DOCX (EncryptedPackage) or a legacy .doc.
    const latin = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (latin.includes('EncryptedPackage')) {
      throw new CvError('encrypted_docx', 'This Word file is password-protected. Remove the password in Word (File → Info → Protect Document) and upload it again.');
    }
    throw new CvError('unsupported_format', 'This is an old Word .doc file. Save it as .docx or PDF and upload it again.');
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (utf16 || binaryShare(bytes) < 0.01) return 'txt';
  throw new CvError('unsupported_format', 'This file is not a CV format we can read. Upload a PDF, a Word (.docx) or a plain-text file.');
}
