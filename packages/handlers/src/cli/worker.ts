import type { Kiln } from '../config';
import { runProcessor, type ProcessReport } from '../core/processor';
import { processorDepsFor } from '../core/processor-deps';

export interface WorkerOptions {
  /** Stops the worker: in-flight jobs finish, unstarted messages are released. */
  signal?: AbortSignal;
  /** Called after each processor round that received something. */
  onReport?: (report: ProcessReport) => void;
}

/**
 * A long-running processor for development and self-hosting: long-polls the queue, runs jobs, and
 * revalidates pages through the app's revalidate endpoint (it has no Next host of its own). Each round
 * is bounded by `maxDurationSeconds`, like a cron invocation, then the next one starts.
 */
export async function runWorker(kiln: Kiln, options: WorkerOptions = {}): Promise<void> {
  const ports = await kiln.ports();
  // No host: pages are regenerated through the app's revalidate endpoint over HTTP.
  const deps = processorDepsFor(kiln, ports);
  if (!deps.revalidate) kiln.logger.warn('worker: no REVALIDATE_SECRET, so result pages refresh only on their time-based fallback');
  kiln.logger.info('worker started', { queue: ports.queue.name, store: ports.store.name, concurrency: kiln.processor.concurrency });
  let failures = 0;
  while (!options.signal?.aborted) {
    try {
      await kiln.sweepExpired(ports);
      const report = await runProcessor(deps, kiln.processor, { mode: 'forever', ...(options.signal ? { signal: options.signal } : {}) });
      failures = 0;
      if (report.received > 0) options.onReport?.(report);
    } catch (error) {
      // A queue or store outage must not kill the worker: wait (longer each time, up to a minute) and go on.
      const waitMs = Math.min(60_000, 1000 * 2 ** failures++);
      kiln.logger.error('worker round failed; retrying', { error, retryInMs: waitMs });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
  kiln.logger.info('worker stopped');
}
