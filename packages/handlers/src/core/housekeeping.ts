import { reconcileDeadLetters } from './dead-letters';
import type { Logger } from './logger';
import type { ProcessorDeps } from './processor';
import { createRetentionSweep } from './retention';

export interface HousekeepingOptions {
  /** Reconcile the dead-letter queue at most this often. @default 300000 (5 minutes) */
  reconcileEveryMs?: number;
}

/** What processor entry points do besides processing; each part rate-limits itself per process. */
export type Housekeeping = (deps: ProcessorDeps, options?: HousekeepingOptions) => Promise<void>;

/**
 * The retention sweep (hourly) and the dead-letter reconciliation (every few minutes). Called by the
 * process endpoint and the worker; failures are logged, never thrown: housekeeping must not stop
 * processing.
 */
export function createHousekeeping(ttlSeconds: number, logger: Logger): Housekeeping {
  const sweep = createRetentionSweep(ttlSeconds, logger);
  let lastReconcile = 0;
  let lastFullReconcile = 0;
  return async (deps, options = {}) => {
    await sweep(deps);
    const now = Date.now();
    if (now - lastReconcile < (options.reconcileEveryMs ?? 5 * 60_000)) return;
    // Letters dead since shortly before the last pass (clocks differ between processes); the whole
    // dead-letter queue hourly, and on a process's first pass.
    const full = now - lastFullReconcile >= 60 * 60_000;
    const since = full ? undefined : lastReconcile - 5 * 60_000;
    lastReconcile = now;
    try {
      const { failed, revalidated, replayed } = await reconcileDeadLetters(deps, since === undefined ? {} : { since });
      if (full) lastFullReconcile = now;
      if (failed + revalidated + replayed > 0) logger.info('dead-letter queue reconciled', { failed, revalidated, replayed });
    } catch (error) {
      logger.warn('reconciling the dead-letter queue failed; it runs again later', { error });
    }
  };
}
