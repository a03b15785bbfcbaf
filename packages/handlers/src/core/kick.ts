import { runProcessor } from './processor';
import { processorDepsFor } from './processor-deps';
import type { HostContext, KilnRuntime } from './runtime';

/**
 * Starts a draining processor after a submit, at most one per process at a time. A submit that
 * arrives while one runs sets `again`, so the running kick goes round once more instead of a
 * message waiting for the next cron tick.
 */
export function createKick(kiln: KilnRuntime): (host: HostContext) => void {
  let running = false;
  let again = false;
  const drain = async (host: HostContext) => {
    const deps = processorDepsFor(kiln, await kiln.ports(), host);
    do {
      again = false;
      const report = await runProcessor(deps, { ...kiln.processor, waitSeconds: Math.min(1, kiln.processor.waitSeconds) }, { mode: 'drain' });
      if (report.received > 0) kiln.logger.info('kick processed', { ...report });
    } while (again);
  };
  return (host) => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // Start on a later macrotask: the SQLite calls are synchronous, so starting now would run part of
    // the job before the 202 is written.
    const work = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => drain(host))
      .catch((error: unknown) => kiln.logger.error('the kick after submit failed; cron or the worker will pick the job up', { error }))
      .finally(() => {
        running = false;
      });
    if (host.waitUntil) host.waitUntil(work);
  };
}
