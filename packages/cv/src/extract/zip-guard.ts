import { inflateRawSync } from 'node:zlib';
import { CvError } from '../errors';

/** Limits on what a DOCX may inflate to; a real CV is a few hundred KB of XML plus a few images. */
export interface ZipLimits {
  maxEntries: number;
  /** Bytes all entries may inflate to together, measured by inflating (declared sizes are only a first check). */
  maxTotalUncompressed: number;
  /** Bytes one entry may inflate to. */
  maxEntryUncompressed: number;
  /** Largest declared uncompressed/compressed ratio allowed for an entry above 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalUncompressed: 64 * 1024 * 1024, maxEntryUncompressed: 32 * 1024 * 1024, maxRatio: 200 };

const bomb = () =>
  new CvError('zip_bomb', 'This Word file expands to far more data than any CV would (a "zip bomb"), so it was not opened.');
const corrupt = (cause?: unknown) =>
  new CvError('corrupt_file', 'This Word file is damaged (its zip directory cannot be read). Save it again from Word and re-upload.', { cause });

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** The central directory, read without inflating anything; entries whose declared sizes are absurd are refused. */
function readDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bomb(); // ZIP64: no CV needs it
  if (count > limits.maxEntries) throw bomb();
  const entries: Entry[] = [];
  let declaredTotal = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt();
    const nameLength = view.getUint16(p + 28, true);
    const entry: Entry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    if (entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff) throw bomb();
    declaredTotal += entry.declaredSize;
    if (declaredTotal > limits.maxTotalUncompressed) throw bomb();
    if (entry.declaredSize > 1024 * 1024 && entry.declaredSize / Math.max(1, entry.compressedSize) > limits.maxRatio) throw bomb();
    entries.push(entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/**
 * The entry's stored bytes, found as every zip reader (JSZip, hence mammoth, included) finds them: the local
 * header at the central directory's offset, skipping that header's own name and extra field, for the central
 * directory's compressed size. The local header's sizes are ignored, as those readers ignore them.
 */
function storedBytes(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw corrupt();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt();
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry, never producing more than `budget` bytes: past it, zlib stops and the file is a bomb. */
function inflateEntry(bytes: Uint8Array, entry: Entry, budget: number): Uint8Array {
  const stored = storedBytes(bytes, entry);
  if (entry.flags & 0x1) throw corrupt(); // zip-level encryption: Word never writes it (it uses an OLE container)
  if (entry.method === 0) {
    if (stored.length > budget) throw bomb();
    return stored;
  }
  if (entry.method !== 8) throw corrupt();
  try {
    // maxOutputLength makes zlib give up as soon as the output would pass the budget: the allocation is bounded
    // by it, whatever the entry declares and however far the stream would really go.
    return inflateRawSync(stored, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
    throw corrupt(error);
  }
}

/**
 * Reads a DOCX's zip with real, measured bounds: every entry is inflated (one at a time, each dropped before the
 * next) under a per-entry and a total budget, so a file whose directory lies about its sizes is refused as
 * `zip_bomb` having allocated no more than the budget. Returns the entry names and the inflated entries
 * `keep` asks for (the header and footer parts).
 *
 * Every entry is checked, not just the ones read here, because the file then goes to mammoth, which inflates
 * the parts it needs with its own zip reader (JSZip, which checks a part's real size only after inflating
 * all of it). Run first, this check means whatever mammoth inflates is already known to fit the budget.
 */
export function readZipBounded(bytes: Uint8Array, keep: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): { names: string[]; parts: Map<string, Uint8Array> } {
  const entries = readDirectory(bytes, limits);
  const parts = new Map<string, Uint8Array>();
  let left = limits.maxTotalUncompressed;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue; // a folder
    const data = inflateEntry(bytes, entry, Math.min(limits.maxEntryUncompressed, left));
    left -= data.length;
    if (keep(entry.name)) parts.set(entry.name, data);
  }
  return { names: entries.map((e) => e.name), parts };
}

