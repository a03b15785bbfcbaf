import { runProcessor } from './processor';
import { processorDepsFor } from './processor-deps';
import type { HostContext, KilnRuntime } from './runtime';

interface KickRequest {
  host: HostContext;
  /** When the submit that asked for it arrived: its invocation's deadline counts from here. */
  startedAt: number;
}

/**
 * Starts a draining processor after a submit, at most one per process at a time. A submit that
 * arrives while one runs asks for one more round, which starts when the running one ends and runs
 * under that submit's deadline (its arrival plus the function's max duration), never a fresh one:
 * every round belongs to a request whose function is still alive, and that request keeps it alive
 * with `waitUntil`.
 */
export function createKick(kiln: KilnRuntime): (host: HostContext, receivedAt?: number) => void {
  let running: Promise<void> | null = null;
  let next: KickRequest | null = null;

  const round = async ({ host, startedAt }: KickRequest) => {
    const deps = processorDepsFor(kiln, await kiln.ports(), host);
    const report = await runProcessor(deps, { ...kiln.processor, waitSeconds: Math.min(1, kiln.processor.waitSeconds) }, { mode: 'drain', startedAt, ...(host.deadline ? { deadline: host.deadline } : {}) });
    if (report.received > 0) kiln.logger.info('kick processed', { ...report });
  };

  return (host, receivedAt = Date.now()) => {
    const request = { host, startedAt: receivedAt };
    if (running) {
      next = request; // the latest submit's deadline is the furthest
      host.waitUntil?.(running);
      return;
    }
    running = (async () => {
      // Start on a later macrotask: the SQLite calls are synchronous, so starting now would run part
      // of the job before the 202 is written.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (let current: KickRequest | null = request; current; current = next) {
        next = null;
        await round(current).catch((error: unknown) => kiln.logger.error('the kick after submit failed; cron or the worker will pick the job up', { error }));
      }
    })().finally(() => {
        running = null;
      });
    host.waitUntil?.(running);
  };
}
