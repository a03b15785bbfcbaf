/**
 * Hostile and broken inputs, built at test time: each must end in its typed CvError, never a hang or a crash.
 */
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

function pdfkitBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

/** A PDF that needs a password to open (RC4/AES as pdfkit writes it). */
export const encryptedPdf = () =>
  pdfkitBytes({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }, (doc) => doc.text('Jane Doe, Senior Engineer', 50, 50));

/** A "scan": a page with only drawn shapes, no text layer. */
export const scannedPdf = () =>
  pdfkitBytes({}, (doc) => {
    for (let i = 0; i < 40; i++) doc.rect(50, 50 + i * 15, 400 - (i % 7) * 30, 8).fill('#333');
  });

/** A PDF header followed by garbage: no xref, no objects. */
export function corruptPdf(): Uint8Array {
  const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
  return new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R'), ...garbage]);
}

/** A DOCX-looking zip whose document.xml inflates from a few KB to 40 MB. */
export async function zipBombDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', new Uint8Array(40 * 1024 * 1024).fill(0x20));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A zip that is not a Word document at all. */
export async function notDocxZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('hello.txt', 'hello');
  return zip.generateAsync({ type: 'uint8array' });
}

/** A DOCX with a valid zip directory whose entries are damaged. */
export async function corruptDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', '<w:document>'.repeat(200), { compression: 'DEFLATE' });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  // Scribble over the compressed data of the entries, keeping the central directory intact.
  for (let i = 80; i < Math.min(bytes.length - 200, 400); i++) bytes[i] = (bytes[i]! * 31 + 7) & 0xff;
  return bytes;
}

/** The OLE container Word writes for a password-protected .docx (signature and stream name only). */
export function encryptedDocx(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  bytes.set(name, 1024);
  return bytes;
}

/** Random bytes (deterministic), as an upload of a binary file would be. */
export function binaryGarbage(size = 64 * 1024): Uint8Array {
  let seed = 42;
  return new Uint8Array(size).map(() => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed & 0xff;
  });
}
