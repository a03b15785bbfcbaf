import { KilnError } from './errors';
import { findMultipartField } from './multipart';

/** Room for the multipart boundary lines and part headers around the file itself. */
const MULTIPART_OVERHEAD = 16 * 1024;

/**
 * What reading this request's body may hold in memory, for the upload budget: its Content-Length,
 * else (or above it) a full-size upload. A body longer than it said is still refused past the limit.
 */
export function uploadMemoryCost(req: Request, maxBytes: number): number {
  const declared = Number(req.headers.get('content-length'));
  // A full-size upload (its few KB of multipart framing aside) counts as maxBytes: the budget is "N of them".
  return Number.isInteger(declared) && declared > 0 && declared < maxBytes ? declared : maxBytes;
}

export interface UploadedFile {
  bytes: Uint8Array;
}

/**
 * Reads one file field from a multipart request, refusing bodies over the limit before reading them
 * when Content-Length says so, and while reading them when it does not.
 */
export async function readUploadedFile(req: Request, fieldName: string, maxBytes: number): Promise<UploadedFile> {
  const contentType = req.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new KilnError(
      'unsupported_media_type',
      `Send the file as multipart/form-data in the field "${fieldName}" (got ${contentType ? `"${contentType.split(';')[0]}"` : 'no Content-Type'}).`,
    );
  }
  const limit = maxBytes + MULTIPART_OVERHEAD;
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(maxBytes);
  // The body is held once; the file is a view into it (no FormData, no Blob, no arrayBuffer() copy).
  const body = await readLimited(req, limit, maxBytes);
  const field = findMultipartField(body, contentType, fieldName);
  if (field === null) throw new KilnError('missing_file', `No file in the field "${fieldName}". Choose a file and send it in that field.`);
  if (field.kind === 'text') throw new KilnError('missing_file', `The field "${fieldName}" holds text, not a file. Send the file itself.`);
  if (field.bytes.byteLength === 0) throw new KilnError('empty_file', 'The file is empty (0 bytes). Choose the file again; it may not have saved.');
  if (field.bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  return { bytes: field.bytes };
}

/**
 * The whole body in one buffer, refusing it once it passes `limit`. With a Content-Length the buffer
 * is made at that size and each chunk is copied in as it arrives (then dropped), so the body is held
 * once; without one the chunks are joined at the end.
 */
export async function readLimited(req: Request, limit: number, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const declared = Number(req.headers.get('content-length'));
  let sized: Uint8Array<ArrayBuffer> | null = Number.isInteger(declared) && declared > 0 && declared <= limit ? new Uint8Array(declared) : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    if (sized && total + value.byteLength <= sized.byteLength) {
      sized.set(value, total);
    } else {
      // More than Content-Length said (only a test's hand-made Request can do that): join chunks instead.
      if (sized) chunks.push(sized.slice(0, total));
      sized = null;
      chunks.push(value as Uint8Array<ArrayBuffer>);
    }
    total += value.byteLength;
  }
  if (sized) return total === sized.byteLength ? sized : sized.subarray(0, total);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The 413 of a file over `maxBytes`, naming the limit; `instead` says what the sender can do about it. */
export function tooLarge(maxBytes: number, instead = 'Upload a smaller file.'): KilnError {
  return new KilnError('payload_too_large', `The file is larger than the ${formatBytes(maxBytes)} limit. ${instead}`);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
