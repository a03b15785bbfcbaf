import { deleteTokenMatches } from './delete-token';
import { KilnError, toErrorResponse } from './errors';
import { isExpired, toPublicJob } from './job';
import { isJobId } from './job-id';
import { revalidatorFor } from './processor-deps';
import { removeJob } from './retention';
import type { HostContext, KilnHandler, KilnRuntime } from './runtime';

/** The `DELETE` answer. */
export interface JobDeleted {
  deleted: true;
  jobId: string;
  /**
   * Whether the result page was regenerated, so it answers 404 from the next request on. `false`
   * when no revalidation could reach it (logged): the data is gone all the same, and the cached page
   * lasts at most until the job's expiry (its ISR `revalidate`).
   */
  pageRegenerated: boolean;
  message: string;
}

/**
 * The status route. `GET` reads the job's status as JSON (no result by default: that is the page's
 * job). `DELETE` with `Authorization: Bearer <deleteToken>` (the token from the submit's 202) deletes
 * the job: record, file, and its cached page, regenerated so it answers 404 at once.
 *
 * A job that does not exist, was deleted or has expired is a `404` everywhere (status, page, data
 * route) — not a `410`: "gone" would tell whoever holds an id that it once existed, and the page's
 * `notFound` is a 404 anyway. A wrong or missing token on an existing job is a `401`: the id alone
 * already reads the job's status, so it reveals nothing more. Every answer carries
 * `X-Robots-Tag: noindex`.
 *
 * The id comes from the route's `jobId` parameter, else the last path segment.
 */
export function createStatusHandler(kiln: KilnRuntime, options: { param?: string } = {}): KilnHandler {
  const param = options.param ?? 'jobId';
  return async (req, host = {}) => noindex(await answer(kiln, param, req, host));
}

async function answer(kiln: KilnRuntime, param: string, req: Request, host: HostContext): Promise<Response> {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'DELETE') {
      throw new KilnError('method_not_allowed', `Use GET to read a job's status, DELETE to delete the job (got ${req.method}).`, { headers: { allow: 'GET, HEAD, DELETE' } });
    }
    const fromParams = host.params?.[param];
    const id = typeof fromParams === 'string' ? fromParams : lastSegment(req.url);
    if (!isJobId(id)) throw new KilnError('invalid_job_id', 'This is not a job id. Use the jobId returned when the file was submitted.');
    const ports = await kiln.ports();
    const record = await ports.store.get(id).catch((cause: unknown) => {
      kiln.logger.error('the status route could not read the job store', { jobId: id, error: cause });
      throw new KilnError('service_unavailable', "The job's status cannot be read just now. Try again in a few seconds.", { cause, headers: { 'retry-after': '5' } });
    });
    // Past its expiry a record is gone, whether or not a sweep (or the store's own TTL) removed it yet.
    if (!record || isExpired(record)) throw new KilnError('not_found', 'No job has this id. It may have expired or been deleted; submit the file again.');
    if (req.method !== 'DELETE') {
      return Response.json(toPublicJob(record, { includeResult: kiln.includeResultInStatus }), { headers: { 'cache-control': 'no-store' } });
    }

    const given = bearerToken(req);
    const challenge = { headers: { 'www-authenticate': 'Bearer realm="kiln-job"' } };
    if (given === null) throw new KilnError('unauthorized', 'Deleting a job needs "Authorization: Bearer <deleteToken>", with the deleteToken from the answer to its upload.', challenge);
    if (!record.deleteTokenHash) {
      throw new KilnError('unauthorized', `This job was submitted without a deleteToken, so it cannot be deleted here; the site's operator can delete it with "kiln delete ${id}".`, challenge);
    }
    if (!(await deleteTokenMatches(given, record.deleteTokenHash))) {
      throw new KilnError('unauthorized', "This deleteToken does not belong to this job: nothing was deleted. Use the deleteToken from the answer to this job's upload.", challenge);
    }
    // A job still running is deleted too: its attempt's writes are compare-and-sets on a record that is
    // gone, so they write nothing, and its next delivery finds no record.
    const revalidate = revalidatorFor(kiln, host);
    if (!revalidate) kiln.logger.warn("a deleted job's page cannot be regenerated from this route (no host revalidation, no app URL); it stays cached until the job's expiry", { jobId: id });
    const { pageRegenerated } = await removeJob({ ...ports, logger: kiln.logger, pagePath: kiln.routes.pagePath, revalidate }, id, record.input.blobKey);
    kiln.logger.info('job deleted at its submitter\'s request', { jobId: id, pageRegenerated });
    const body: JobDeleted = {
      deleted: true,
      jobId: id,
      pageRegenerated,
      message: pageRegenerated ? 'The job, its file and its result page were deleted.' : 'The job and its file were deleted. Its result page could not be refreshed just now; it disappears by the time the job would have expired.',
    };
    return Response.json(body, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error, (message, cause) => kiln.logger.error(message, { error: cause }));
  }
}

/** The Bearer token of `Authorization`, or `null` when there is none (the scheme is case-insensitive). */
function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

/** The status JSON is nobody's search result: a job id is a secret link. */
function noindex(response: Response): Response {
  response.headers.set('x-robots-tag', 'noindex');
  return response;
}

function lastSegment(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return ''; // malformed %-escape: not a job id
  }
}
