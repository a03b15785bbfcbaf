import { CvError } from '../errors';

/** Limits on what a DOCX may inflate to; a real CV is a few hundred KB of XML. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  /** Largest uncompressed/compressed ratio allowed for an entry above 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalUncompressed: 64 * 1024 * 1024, maxRatio: 200 };

const bomb = () =>
  new CvError('zip_bomb', 'This Word file expands to far more data than any CV would (a "zip bomb"), so it was not opened.');
const corrupt = () => new CvError('corrupt_file', 'This Word file is damaged (its zip directory cannot be read). Save it again from Word and re-upload.');

/**
 * Reads the zip central directory (without inflating anything) and refuses archives whose declared sizes
 * are out of proportion. Declared sizes can lie; the worker's memory cap is the second line of defence.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const entries = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) throw bomb(); // ZIP64: no CV needs it
  if (entries > limits.maxEntries) throw bomb();
  const names: string[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt();
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    names.push(new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    if (size === 0xffffffff) throw bomb();
    total += size;
    if (total > limits.maxTotalUncompressed) throw bomb();
    if (size > 1024 * 1024 && size / Math.max(1, compressed) > limits.maxRatio) throw bomb();
    p += 46 + nameLength + extra + comment;
  }
  return names;
}
