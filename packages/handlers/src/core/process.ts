import { requireBearer } from './bearer-auth';
import { KilnError, toErrorResponse } from './errors';
import { runProcessor } from './processor';
import { processorDepsFor } from './processor-deps';
import type { KilnHandler, KilnRuntime } from './runtime';

/**
 * The processor endpoint for Vercel Cron (which sends `GET` with `Authorization: Bearer $CRON_SECRET`)
 * and for manual or scripted `POST`s. Drains the queue within the function's max duration and
 * answers with what it did.
 */
export function createProcessHandler(kiln: KilnRuntime): KilnHandler {
  return async (req, host = {}) => {
    // The invocation's one deadline counts from the request's arrival: opening the ports and the
    // housekeeping below spend the function's time too.
    const startedAt = host.receivedAt ?? Date.now();
    try {
      if (req.method !== 'POST' && req.method !== 'GET') {
        throw new KilnError('method_not_allowed', `Use POST (or GET, as Vercel Cron does) to run the processor (got ${req.method}).`, {
          headers: { allow: 'GET, POST' },
        });
      }
      await requireBearer(req, kiln.secrets().cron, { allowInQuery: kiln.allowSecretInQuery, what: 'The process endpoint', envVar: 'CRON_SECRET' });
      const deps = processorDepsFor(kiln, await kiln.ports(), host);
      await kiln.housekeeping(deps);
      const report = await runProcessor(
        deps,
        kiln.processor,
        { mode: 'drain', startedAt, ...(host.deadline ? { deadline: host.deadline } : {}), ...(req.signal ? { signal: req.signal } : {}) },
      );
      return Response.json(report, { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error, (message, cause) => kiln.logger.error(message, { error: cause }));
    }
  };
}
