import type { BlobStore } from '../ports/blob-store';
import { KilnError } from './errors';
import { CONTENT_TYPES, detectFileKind, type FileKind } from './file-signature';
import { newJobId } from './job-id';
import { tooLarge } from './read-upload';
import type { KilnRuntime, Ports } from './runtime';
import { signUploadClaim, verifyUploadToken, type UploadClaim } from './upload-token';

/** How long a direct-upload URL and its token work. */
export const DIRECT_UPLOAD_SECONDS = 15 * 60;
/** Where direct uploads wait to be committed; what is left there is swept. */
export const DIRECT_PREFIX = 'direct/';

const KIND_BY_TYPE: Record<string, FileKind> = Object.fromEntries(Object.entries(CONTENT_TYPES).map(([kind, type]) => [type, kind as FileKind]));

/**
 * Step 1 of a direct upload, `GET <submit>?direct=1&size=<bytes>&type=<mime>`: refuses what a multipart
 * submit would refuse (413, 415), then answers `{url, method, headers, token}` — where the browser sends
 * the bytes, and the signed token it brings back to create the job.
 */
export async function offerDirectUpload(kiln: KilnRuntime, url: URL, blobs: BlobStore): Promise<Response> {
  if (!blobs.createDirectUpload || !blobs.head || !blobs.readRange || !blobs.move) {
    throw new KilnError('not_found', `This app's file store (${blobs.name}) takes no direct uploads. Send the file as multipart/form-data in the field "${kiln.upload.fieldName}".`);
  }
  const size = Number(url.searchParams.get('size'));
  if (!Number.isInteger(size) || size <= 0) throw new KilnError('bad_request', 'Give the file size in bytes: ?direct=1&size=<bytes>&type=<mime>.');
  if (size > kiln.upload.directMaxBytes) throw tooLarge(kiln.upload.directMaxBytes);
  const type = (url.searchParams.get('type') || 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
  // A declared type is only a hint (the content decides at commit), but one plainly not accepted is refused now.
  const declared = KIND_BY_TYPE[type];
  if (type !== 'application/octet-stream' && (!declared || !kiln.upload.accept.includes(declared))) throw unsupported(kiln);
  const secret = await uploadSecret(kiln);
  const jobId = newJobId();
  const key = `${DIRECT_PREFIX}${jobId}`;
  const target = await blobs.createDirectUpload(key, { contentType: type, size, maxBytes: size, expiresInSeconds: DIRECT_UPLOAD_SECONDS });
  const token = await signUploadClaim({ jobId, key, size, type, expiresAt: target.expiresAt }, secret);
  return Response.json({ url: target.url, method: target.method, headers: target.headers, token, expiresAt: target.expiresAt }, { headers: { 'cache-control': 'no-store' } });
}

/**
 * Step 3, `POST <submit>` with `{"directUpload": token}`: checks the token, moves the object out of the
 * waiting area, then checks its size and content signature (its first bytes, and the end of a ZIP,
 * where a DOCX names its parts). Returns what the job needs; the caller creates it. A token that was
 * already committed answers with the same job; one being committed by another request just now, 409.
 */
export async function claimDirectUpload(
  kiln: KilnRuntime,
  body: unknown,
  { blobs, store }: Pick<Ports, 'blobs' | 'store'>,
): Promise<{ jobId: string; blobKey: string; size: number; kind: FileKind; existing: boolean; undo(): Promise<void> }> {
  const token = (body as { directUpload?: unknown } | null)?.directUpload;
  if (typeof token !== 'string') throw new KilnError('bad_request', 'Send JSON {"directUpload": "<token>"} with the token the direct-upload step gave you, or the file as multipart/form-data.');
  const claim = await verifyUploadToken(token, await uploadSecret(kiln));
  if (!claim) throw new KilnError('invalid_upload_token', 'This upload token is not valid: it was altered or made elsewhere. Upload the file again.');
  const blobKey = `uploads/${claim.jobId}`;
  try {
    return await commitUpload(kiln, claim, blobKey, { blobs, store });
  } catch (error) {
    if (error instanceof KilnError) throw error;
    // A store or file-store call failed (an outage): nothing was changed that a retry cannot redo.
    kiln.logger.error('a direct-upload commit could not reach storage', { jobId: claim.jobId, error });
    throw new KilnError('service_unavailable', 'The upload could not be committed just now; the file is kept. Send the same commit again in a moment.', { cause: error });
  }
}

async function commitUpload(
  kiln: KilnRuntime,
  claim: UploadClaim,
  blobKey: string,
  { blobs, store }: Pick<Ports, 'blobs' | 'store'>,
): Promise<{ jobId: string; blobKey: string; size: number; kind: FileKind; existing: boolean; undo(): Promise<void> }> {
  const existing = () => ({ jobId: claim.jobId, blobKey, size: claim.size, kind: 'pdf' as FileKind, existing: true, undo: async () => {} });
  if (await store.get(claim.jobId)) return existing();
  if (claim.expiresAt < Date.now()) throw new KilnError('upload_expired', 'This upload token has expired. Upload the file again.');
  if (!blobs.head || !blobs.readRange || !blobs.move) throw new KilnError('not_found', "This app's file store takes no direct uploads.");
  // Another commit of the same token got here first and is creating the job.
  const inProgress = () => new KilnError('upload_in_progress', 'This upload is being committed by another request just now. Try again in a moment: it answers with the same job.');

  // Move first, check after: the upload URL may still write to the waiting area until it expires, but
  // nothing outside Kiln writes to uploads/, so the bytes checked below are the bytes the job reads.
  if (!(await blobs.head(claim.key))) {
    if (await store.get(claim.jobId)) return existing();
    if (await blobs.head(blobKey)) throw inProgress();
    throw new KilnError('upload_not_found', 'The file has not arrived in storage. Send it to the upload URL first, then commit; or upload it again.');
  }
  try {
    await blobs.move(claim.key, blobKey);
  } catch (error) {
    if (await store.get(claim.jobId)) return existing();
    if (await blobs.head(blobKey)) throw inProgress();
    throw error;
  }
  // From here the file sits under the job's key, with no job yet. An outage while it is checked puts it
  // back where its token points, so the same commit can be sent again; left here, every retry would
  // answer 409 (a commit in progress) until the token expired.
  const putBack = async (cause: unknown): Promise<never> => {
    await blobs.move!(blobKey, claim.key).catch(() => undefined);
    throw new KilnError('service_unavailable', 'The uploaded file could not be checked just now; it is kept. Send the same commit again in a moment.', { cause });
  };
  const stored = await blobs.head(blobKey).catch(putBack);
  if (!stored) throw inProgress(); // a racing commit found it unfit and deleted it; its answer says why
  const reject = async (error: KilnError) => {
    await blobs.delete(blobKey).catch(() => undefined);
    return error;
  };
  if (stored.size === 0) throw await reject(new KilnError('empty_file', 'The file is empty (0 bytes). Choose the file again; it may not have saved.'));
  if (stored.size > kiln.upload.directMaxBytes) throw await reject(tooLarge(kiln.upload.directMaxBytes));
  // A store that cannot sign the length (a local S3 server, memory) may take more than was declared.
  if (stored.size > claim.size) throw await reject(new KilnError('payload_too_large', `The file that arrived (${stored.size} bytes) is larger than the ${claim.size} bytes declared when the upload was asked for. Upload it again.`));
  const head = (await blobs.readRange(blobKey, 0, 8192).catch(putBack)) ?? new Uint8Array();
  // A DOCX is a ZIP whose part names are listed at its end.
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  const tail = isZip && stored.size > head.byteLength ? ((await blobs.readRange(blobKey, Math.max(head.byteLength, stored.size - 65_536), 65_536).catch(putBack)) ?? new Uint8Array()) : new Uint8Array();
  const sample = new Uint8Array(head.byteLength + tail.byteLength);
  sample.set(head);
  sample.set(tail, head.byteLength);
  const kind = detectFileKind(sample);
  if (!kind || !kiln.upload.accept.includes(kind)) throw await reject(unsupported(kiln));
  return { jobId: claim.jobId, blobKey, size: stored.size, kind, existing: false, undo: () => blobs.move!(blobKey, claim.key).catch(() => undefined) };
}

async function uploadSecret(kiln: KilnRuntime): Promise<string> {
  const secret = (await kiln.secrets()).upload;
  // A server mistake, not "no direct uploads here": 501, and in the log, so it is not silently multipart.
  if (!secret) throw new KilnError('not_configured', 'Direct uploads need a secret to sign their tokens: set KILN_UPLOAD_SECRET (or REVALIDATE_SECRET).');
  return secret;
}

/** Whether this app can offer direct uploads: a store that takes them, and a secret to sign tokens. */
export async function directUploadsReady(kiln: KilnRuntime, blobs: BlobStore): Promise<boolean> {
  return Boolean(blobs.createDirectUpload && blobs.head && blobs.readRange && blobs.move && (await kiln.secrets()).upload);
}


function unsupported(kiln: KilnRuntime): KilnError {
  const names = kiln.upload.accept.map((k) => k.toUpperCase()).join(', ');
  return new KilnError('unsupported_media_type', `This file is not one of the accepted types (${names}) by its content. Save it as ${names} and upload it again.`);
}
