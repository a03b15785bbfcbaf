import { encodeJobMessage } from './job-definition';
import { KilnError, toErrorResponse } from './errors';
import { CONTENT_TYPES, detectFileKind } from './file-signature';
import type { JobRecord } from './job';
import { newJobId } from './job-id';
import { createKick } from './kick';
import { readUploadedFile } from './read-upload';
import type { KilnHandler, KilnRuntime } from './runtime';

/** The 202 body. */
export interface SubmitAccepted {
  message: string;
  jobId: string;
  /** The result page; it shows progress until the job ends, then the result. */
  statusUrl: string;
  /** The status JSON endpoint, for polling. */
  statusApiUrl: string;
}

/**
 * The command side: validates the upload (size, content signature), stores the file, creates the
 * job record (`queued`), enqueues the job and answers `202` at once. Right after answering it starts
 * a processor in the background (the "kick"), so the job does not wait for the next cron tick.
 */
export function createSubmitHandler(kiln: KilnRuntime): KilnHandler {
  const kick = createKick(kiln);
  return async (req, host = {}) => {
    const receivedAt = host.receivedAt ?? Date.now();
    try {
      if (req.method !== 'POST') {
        throw new KilnError('method_not_allowed', `Use POST to submit a file (got ${req.method}).`, { headers: { allow: 'POST' } });
      }
      if (host.bodyParsed) {
        throw new KilnError(
          'internal',
          "This upload route lets Next's bodyParser read the request, which garbles files. Add `export const config = { api: { bodyParser: false } }` to the route's file.",
        );
      }
      const { fieldName, maxBytes, accept } = kiln.upload;
      const { bytes } = await readUploadedFile(req, fieldName, maxBytes);
      const kind = detectFileKind(bytes);
      if (!kind || !accept.includes(kind)) {
        const names = accept.map((k) => k.toUpperCase()).join(', ');
        throw new KilnError('unsupported_media_type', `This file is not one of the accepted types (${names}) by its content. Save it as ${names} and upload it again.`);
      }

      const { queue, store, blobs } = await kiln.ports();
      const id = newJobId();
      const blobKey = `uploads/${id}`;
      const now = Date.now();
      const record: JobRecord = {
        id,
        status: 'queued',
        attempts: 0,
        version: 1,
        submittedAt: now,
        updatedAt: now,
        input: { blobKey, size: bytes.byteLength, contentType: CONTENT_TYPES[kind] },
        expiresAt: now + kiln.ttlSeconds * 1000,
      };
      try {
        await blobs.put(blobKey, bytes, { contentType: record.input.contentType });
        await store.create(record);
        await queue.send(encodeJobMessage(id), { dedupeId: id });
      } catch (cause) {
        // Nothing half-done stays behind: without a message, the record would sit in `queued` forever.
        await Promise.allSettled([store.delete(id), blobs.delete(blobKey)]);
        kiln.logger.error('submit could not enqueue the job', { jobId: id, error: cause });
        throw new KilnError('service_unavailable', 'The job could not be queued just now; nothing was kept. Try again in a moment.', { cause });
      }
      kiln.logger.info('job submitted', { jobId: id, bytes: bytes.byteLength, kind });
      if (kiln.kickAfterSubmit) kick(host, receivedAt);

      const statusUrl = kiln.routes.pagePath(id);
      const body: SubmitAccepted = {
        message: 'Your file was received. Processing has started; follow statusUrl for the result.',
        jobId: id,
        statusUrl,
        statusApiUrl: kiln.routes.statusApiPath(id),
      };
      return Response.json(body, { status: 202, headers: { location: statusUrl, 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error, (message, cause) => kiln.logger.error(message, { error: cause }));
    }
  };
}
