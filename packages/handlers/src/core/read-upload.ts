import { KilnError } from './errors';

/** Room for the multipart boundary lines and part headers around the file itself. */
const MULTIPART_OVERHEAD = 16 * 1024;

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
  const body = await readLimited(req, limit, maxBytes);

  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch (cause) {
    throw new KilnError('bad_request', 'The multipart body could not be read. Send a form with the file in the field "' + fieldName + '".', { cause });
  }
  const entry = form.get(fieldName);
  if (entry === null) throw new KilnError('missing_file', `No file in the field "${fieldName}". Choose a file and send it in that field.`);
  if (typeof entry === 'string') throw new KilnError('missing_file', `The field "${fieldName}" holds text, not a file. Send the file itself.`);
  if (entry.size === 0) throw new KilnError('empty_file', 'The file is empty (0 bytes). Choose the file again; it may not have saved.');
  if (entry.size > maxBytes) throw tooLarge(maxBytes);
  return { bytes: new Uint8Array(await entry.arrayBuffer()) };
}

export async function readLimited(req: Request, limit: number, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
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
