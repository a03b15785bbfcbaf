import { newDeleteToken } from './delete-token';
import { claimDirectUpload, directUploadsReady, offerDirectUpload } from './direct-upload';
import { encodeJobMessage } from './job-definition';
import { KilnError, toErrorResponse } from './errors';
import { CONTENT_TYPES, detectFileKind, type FileKind } from './file-signature';
import type { JobRecord } from './job';
import { newJobId } from './job-id';
import { createKick } from './kick';
import { formatBytes, readLimited, readUploadedFile, tooLarge, uploadMemoryCost } from './read-upload';
import { guardSubmit } from './submit-guard';
import type { HostContext, KilnHandler, KilnRuntime, Ports } from './runtime';

/** The 202 body. */
export interface SubmitAccepted {
  message: string;
  jobId: string;
  /** The result page; it shows progress until the job ends, then the result. */
  statusUrl: string;
  /** The status JSON endpoint, for polling. */
  statusApiUrl: string;
  /**
   * Lets the submitter delete the job: `DELETE <statusApiUrl>` with `Authorization: Bearer <deleteToken>`
   * removes the record, the file and the cached page. Given once, when the job is created; the server
   * keeps only its hash. A repeated commit of the same direct upload answers the same job without it
   * (only the first answer carries it), so keep it from the first 202.
   */
  deleteToken?: string;
}

/**
 * The command side: validates the upload (size, content signature), stores the file, creates the
 * job record (`queued`), enqueues the job and answers `202` at once. Right after answering it starts
 * a processor in the background (the "kick"), so the job does not wait for the next cron tick.
 *
 * Large files skip the function's body limit by a direct upload, where the file store has one (S3,
 * Vercel Blob): `GET ?direct=1&size&type` → `{url, method, headers, token}`; the browser sends the
 * bytes to `url`; `POST {"directUpload": token}` checks what arrived and answers the same `202`.
 */
export function createSubmitHandler(kiln: KilnRuntime): KilnHandler {
  const kick = createKick(kiln);
  return async (req, host = {}) => {
    const receivedAt = host.receivedAt ?? Date.now();
    try {
      const url = new URL(req.url);
      // Who may submit, how often, and whether there is room: asked before any body is read.
      const offer = (req.method === 'GET' || req.method === 'HEAD') && url.searchParams.get('direct') === '1';
      if (offer || req.method === 'POST') {
        const multipart = req.method === 'POST' && !(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json');
        // A commit of a direct upload was counted when it was offered; only the embedded store has a quota.
        const refused = await guardSubmit(kiln, req, { counts: offer || multipart, ...(multipart ? { expectedBytes: expectedUploadBytes(req, kiln.upload.maxBytes) } : {}) });
        if (refused) return refused;
      }
      // Direct upload, step 1: where the browser may send a large file itself.
      if ((req.method === 'GET' || req.method === 'HEAD') && url.searchParams.get('direct') === '1') return await offerDirectUpload(kiln, url, (await kiln.ports()).blobs);
      if (req.method !== 'POST') {
        throw new KilnError('method_not_allowed', `Use POST to submit a file (got ${req.method}); GET ?direct=1&size=<bytes>&type=<mime> asks for a direct upload.`, { headers: { allow: 'GET, POST' } });
      }
      const contentType = (req.headers.get('content-type') ?? '').toLowerCase();
      let job: Omit<AcceptedFile, 'undo'> & { undo(): Promise<void> };
      if (contentType.startsWith('application/json')) {
        // Direct upload, step 3: the file is in storage; create its job.
        const ports = await kiln.ports();
        const claim = await claimDirectUpload(kiln, await readJson(req), ports);
        // Committed before: the same job, without a delete token (only its hash was kept).
        if (claim.existing) return accepted(kiln, claim.jobId, req.url, null);
        job = claim;
      } else {
        job = await storeMultipart(kiln, req, host);
      }
      const deleteToken = await enqueue(kiln, job);
      if (kiln.kickAfterSubmit) kick(host, receivedAt);
      return accepted(kiln, job.jobId, req.url, deleteToken);
    } catch (error) {
      return toErrorResponse(error, (message, cause) => kiln.logger.error(message, { error: cause }));
    }
  };
}

interface AcceptedFile {
  jobId: string;
  blobKey: string;
  size: number;
  kind: FileKind;
  /** Puts storage back as it was if the job cannot be queued. */
  undo(): Promise<void>;
}

/** A multipart submit: read, check by size and content, store under the new job's key. */
async function storeMultipart(kiln: KilnRuntime, req: Request, host: HostContext): Promise<AcceptedFile> {
  if (host.bodyParsed) {
    throw new KilnError(
      'internal',
      "This upload route lets Next's bodyParser read the request, which garbles files. Add `export const config = { api: { bodyParser: false } }` to the route's file.",
    );
  }
  const { blobs } = await kiln.ports();
  // A bounded amount of upload bodies in memory at once; the room is held until the file is stored.
  const release = await kiln.uploadReads.acquire(uploadMemoryCost(req, kiln.upload.maxBytes));
  try {
    return await readAndStore(kiln, req, blobs);
  } finally {
    release();
  }
}

async function readAndStore(kiln: KilnRuntime, req: Request, blobs: Ports['blobs']): Promise<AcceptedFile> {
  const { fieldName, maxBytes, directMaxBytes, accept } = kiln.upload;
  const { bytes } = await readUploadedFile(req, fieldName, maxBytes).catch(async (error: unknown) => {
    // Past the body limit, a store that takes direct uploads still has a way in: say which.
    if (!(error instanceof KilnError && error.code === 'payload_too_large' && directMaxBytes > maxBytes)) throw error;
    if (!(await directUploadsReady(kiln, blobs))) throw error;
    throw tooLarge(maxBytes, `Files up to ${formatBytes(directMaxBytes)} go straight to storage with a direct upload (GET this route with ?direct=1&size=<bytes>&type=<mime>; the widget's \`directUpload\`).`);
  });
  const kind = detectFileKind(bytes);
  if (!kind || !accept.includes(kind)) {
    const names = accept.map((k) => k.toUpperCase()).join(', ');
    throw new KilnError('unsupported_media_type', `This file is not one of the accepted types (${names}) by its content. Save it as ${names} and upload it again.`);
  }
  const jobId = newJobId();
  const blobKey = `uploads/${jobId}`;
  try {
    await blobs.put(blobKey, bytes, { contentType: CONTENT_TYPES[kind] });
  } catch (cause) {
    throw unavailable(kiln, jobId, cause);
  }
  return { jobId, blobKey, size: bytes.byteLength, kind, undo: () => blobs.delete(blobKey) };
}

/**
 * Creates the job record (`queued`) and its message; on failure nothing half-done stays behind.
 * Returns the job's delete token, or `null` when a concurrent commit created the job first (its
 * answer carries the token).
 */
async function enqueue(kiln: KilnRuntime, file: AcceptedFile): Promise<string | null> {
  const { queue, store } = await kiln.ports();
  const { token, hash } = await newDeleteToken();
  const now = Date.now();
  const record: JobRecord = {
    id: file.jobId,
    status: 'queued',
    attempts: 0,
    version: 1,
    submittedAt: now,
    updatedAt: now,
    input: { blobKey: file.blobKey, size: file.size, contentType: CONTENT_TYPES[file.kind] },
    expiresAt: now + kiln.ttlSeconds * 1000,
    deleteTokenHash: hash,
  };
  try {
    // A concurrent commit of the same direct upload created it first: that one queues it.
    if (!(await store.create(record))) return null;
    await queue.send(encodeJobMessage(file.jobId), { dedupeId: file.jobId });
  } catch (cause) {
    // Without a message the record would sit in `queued` for ever: take both back.
    await Promise.allSettled([store.delete(file.jobId), file.undo()]);
    throw unavailable(kiln, file.jobId, cause);
  }
  kiln.logger.info('job submitted', { jobId: file.jobId, bytes: file.size, kind: file.kind });
  return token;
}

/**
 * The room a multipart upload will take, by its declared length; without one, only whether the store
 * is already full is asked (assuming the most it may be would refuse small files near the quota).
 */
function expectedUploadBytes(req: Request, maxBytes: number): number {
  const declared = Number(req.headers.get('content-length'));
  return Number.isInteger(declared) && declared > 0 ? Math.min(declared, maxBytes) : 0;
}

function unavailable(kiln: KilnRuntime, jobId: string, cause: unknown): KilnError {
  kiln.logger.error('submit could not store or enqueue the job', { jobId, error: cause });
  return new KilnError('service_unavailable', 'The job could not be queued just now; nothing was kept. Try again in a moment.', { cause });
}

function accepted(kiln: KilnRuntime, jobId: string, requestUrl: string, deleteToken: string | null): Response {
  const statusUrl = kiln.routes.pagePath(jobId);
  const body: SubmitAccepted = {
    message: 'Your file was received. Processing has started; follow statusUrl for the result.',
    jobId,
    statusUrl,
    statusApiUrl: kiln.routes.statusApiPath(jobId),
    ...(deleteToken ? { deleteToken } : {}),
  };
  // An absolute Location: Next's edge runtime refuses a relative one (it resolves it with `new URL`).
  return Response.json(body, { status: 202, headers: { location: new URL(statusUrl, requestUrl).href, 'cache-control': 'no-store' } });
}

async function readJson(req: Request): Promise<unknown> {
  // Read at most 16 KB: a commit is a token, not a file.
  const bytes = await readLimited(req, 16 * 1024, 16 * 1024).catch((error: unknown) => {
    if (error instanceof KilnError && error.code === 'payload_too_large') throw new KilnError('payload_too_large', 'A direct-upload commit is a small JSON body: {"directUpload": "<token>"}.');
    throw error;
  });
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new KilnError('bad_request', 'The body is not JSON. Send {"directUpload": "<token>"}, or the file as multipart/form-data.');
  }
}
