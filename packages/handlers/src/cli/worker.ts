import type { Kiln } from '../config';
import { runProcessor, type ProcessReport } from '../core/processor';
import { processorDepsFor } from '../core/processor-deps';

export interface WorkerOptions {
  /** Stops the worker: no new job starts, running jobs finish, then `runWorker` resolves. */
  signal?: AbortSignal;
  /** Called once when the worker stops, with what it did in all. */
  onReport?: (report: ProcessReport) => void;
  /**
   * How often the worker reconciles the dead-letter queue with the job store (jobs whose last
   * delivery died before recording an outcome) and checks whether the hourly retention sweep is due.
   * @default 30
   */
  housekeepingSeconds?: number;
}

/**
 * A long-running processor for development and self-hosting: long-polls the queue and runs jobs with
 * no deadline of its own — each job is bounded only by its own timeout, and a slot is refilled as soon
 * as it frees. It revalidates pages through the app's revalidate endpoint (it has no Next host of its
 * own), survives queue and store outages, sweeps expired records and uploads hourly, and reconciles
 * the dead-letter queue every `housekeepingSeconds`.
 */
export async function runWorker(kiln: Kiln, options: WorkerOptions = {}): Promise<ProcessReport> {
  const ports = await kiln.ports();
  // No host: pages are regenerated through the app's revalidate endpoint over HTTP.
  const deps = processorDepsFor(kiln, ports);
  if (!deps.revalidate) kiln.logger.warn('worker: no REVALIDATE_SECRET, so result pages refresh only on their time-based fallback');
  kiln.logger.info('worker started', { queue: ports.queue.name, store: ports.store.name, concurrency: kiln.processor.concurrency });
  const everyMs = (options.housekeepingSeconds ?? 30) * 1000;
  let housekeeping: Promise<void> = Promise.resolve();
  const houseKeep = () => {
    housekeeping = housekeeping.then(() => kiln.housekeeping(deps, { reconcileEveryMs: everyMs }));
  };
  houseKeep();
  const timer = setInterval(houseKeep, everyMs);
  timer.unref?.();
  try {
    const report = await runProcessor(deps, kiln.processor, { mode: 'forever', ...(options.signal ? { signal: options.signal } : {}) });
    options.onReport?.(report);
    kiln.logger.info('worker stopped', { ...report });
    return report;
  } finally {
    clearInterval(timer);
    await housekeeping; // never leave a sweep half-way against a store the caller is about to close
  }
}
