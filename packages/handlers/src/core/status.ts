import { KilnError, toErrorResponse } from './errors';
import { toPublicJob } from './job';
import { isJobId } from './job-id';
import type { KilnHandler, KilnRuntime } from './runtime';

/**
 * `GET` the job's status as JSON (no result by default: that is the page's job). The id comes from
 * the route's `jobId` parameter, else the last path segment.
 */
export function createStatusHandler(kiln: KilnRuntime, options: { param?: string } = {}): KilnHandler {
  const param = options.param ?? 'jobId';
  return async (req, host = {}) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        throw new KilnError('method_not_allowed', `Use GET to read a job's status (got ${req.method}).`, { headers: { allow: 'GET, HEAD' } });
      }
      const fromParams = host.params?.[param];
      const id = typeof fromParams === 'string' ? fromParams : lastSegment(req.url);
      if (!isJobId(id)) throw new KilnError('invalid_job_id', 'This is not a job id. Use the jobId returned when the file was submitted.');
      const { store } = await kiln.ports();
      const record = await store.get(id);
      if (!record) throw new KilnError('not_found', 'No job has this id. It may have expired; submit the file again.');
      return Response.json(toPublicJob(record, { includeResult: kiln.includeResultInStatus }), { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error, (message, cause) => kiln.logger.error(message, { error: cause }));
    }
  };
}

function lastSegment(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return ''; // malformed %-escape: not a job id
  }
}
