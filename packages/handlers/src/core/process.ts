import { requireBearer } from './bearer-auth';
import { KilnError, toErrorResponse } from './errors';
import { runProcessor } from './processor';
import { processorDepsFor } from './processor-deps';
import type { ProcessorDeps } from './processor';
import type { KilnHandler, KilnRuntime } from './runtime';

/**
 * The processor endpoint for Vercel Cron (which sends `GET` with `Authorization: Bearer $CRON_SECRET`)
 * and for manual or scripted `POST`s. Drains the queue within the function's max duration and
 * answers with what it did.
 */
export function createProcessHandler(kiln: KilnRuntime): KilnHandler {
  return async (req, host = {}) => {
    // The invocation's one deadline counts from the request's arrival: opening the ports spends the
    // function's time too.
    const startedAt = host.receivedAt ?? Date.now();
    try {
      if (req.method !== 'POST' && req.method !== 'GET') {
        throw new KilnError('method_not_allowed', `Use POST (or GET, as Vercel Cron does) to run the processor (got ${req.method}).`, {
          headers: { allow: 'GET, POST' },
        });
      }
      await requireBearer(req, (await kiln.secrets()).cron, { allowInQuery: kiln.allowSecretInQuery, what: 'The process endpoint', envVar: 'CRON_SECRET', log: kiln.logger });
      const deps = processorDepsFor(kiln, await kiln.ports(), host);
      const report = await runProcessor(
        deps,
        kiln.processor,
        { mode: 'drain', startedAt, ...(host.deadline ? { deadline: host.deadline } : {}), ...(req.signal ? { signal: req.signal } : {}) },
      );
      await housekeepIfTimeLeft(kiln, deps, startedAt, host.deadline);
      return Response.json(report, { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error, (message, cause) => kiln.logger.error(message, { error: cause }));
    }
  };
}

/** Time housekeeping may need at most (a dead-letter listing on SQS is bounded by its visibility). */
const HOUSEKEEPING_BUDGET_MS = 35_000;

/**
 * Housekeeping (the retention sweep, the dead-letter reconciliation) runs after the jobs, and only
 * when the function has time left for it: a busy invocation leaves it to an idle one.
 */
export async function housekeepIfTimeLeft(kiln: KilnRuntime, deps: ProcessorDeps, startedAt: number, hostDeadline?: number): Promise<void> {
  const end = Math.min(startedAt + kiln.processor.maxDurationSeconds * 1000, hostDeadline ?? Infinity);
  if (end - Date.now() < HOUSEKEEPING_BUDGET_MS + kiln.processor.safetyMarginSeconds * 1000) return;
  await kiln.housekeeping(deps);
}
