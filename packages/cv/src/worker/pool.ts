import { Worker } from 'node:worker_threads';
import type { WorkerStart } from './protocol';

/** Where the worker entry is and how to start it. */
export interface WorkerEntry {
  url: URL;
  start: WorkerStart;
}

interface Idle {
  worker: Worker;
  jobs: number;
  timer: NodeJS.Timeout;
}

const IDLE_MS = 30_000;
const MAX_IDLE_PER_KEY = 2;
/** A worker is retired after this many analyses, so a slow leak can never build up to a spurious OOM. */
const MAX_JOBS_PER_WORKER = 50;

const idle = new Map<string, Idle[]>();

/** The worker's whole environment: pdfjs's log level when the host sets it (a debugging aid), nothing else. */
function workerEnv(): Record<string, string> {
  const verbosity = process.env.KILN_CV_PDFJS_VERBOSITY;
  return verbosity === undefined ? {} : { KILN_CV_PDFJS_VERBOSITY: verbosity };
}

/**
 * Hands out a worker thread with the given heap cap: a warm idle one when there is one (pdfjs already
 * loaded), else a new one. Idle workers are unref'd, so they never keep the process alive.
 */
export function acquireWorker(entry: WorkerEntry, maxMemoryMb: number): { worker: Worker; jobs: number; key: string } {
  const key = `${entry.url.href}|${maxMemoryMb}`;
  const warm = idle.get(key)?.pop();
  if (warm) {
    clearTimeout(warm.timer);
    // Drop the idle-time listeners; the caller adds its own for the job.
    warm.worker.removeAllListeners('exit').removeAllListeners('error');
    warm.worker.ref();
    return { worker: warm.worker, jobs: warm.jobs, key };
  }
  const worker = new Worker(entry.url, {
    workerData: entry.start,
    // The parser reads untrusted files: it gets none of the host's environment (cloud keys, CRON_SECRET…), only
    // the one variable it reads. Without `env`, a worker sees a copy of process.env.
    env: workerEnv(),
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(maxMemoryMb / 8))), stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  });
  return { worker, jobs: 0, key };
}

/** Returns a healthy worker for reuse; a worker that timed out, crashed or was cancelled is never returned. */
export function releaseWorker(key: string, worker: Worker, jobs: number): void {
  const list = idle.get(key) ?? [];
  if (jobs >= MAX_JOBS_PER_WORKER || list.length >= MAX_IDLE_PER_KEY) {
    void worker.terminate();
    return;
  }
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  // An idle worker that fails or dies (it should not) is simply forgotten; an 'error' without a listener
  // would otherwise be thrown in the parent.
  const forget = () => idle.set(key, (idle.get(key) ?? []).filter((i) => i.worker !== worker));
  worker.once('exit', forget);
  worker.on('error', () => {
    forget();
    void worker.terminate();
  });
  worker.unref();
  const timer = setTimeout(() => {
    idle.set(key, (idle.get(key) ?? []).filter((i) => i.worker !== worker));
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  list.push({ worker, jobs, timer });
  idle.set(key, list);
}

/** Terminates every idle worker (for tests and graceful shutdown). */
export async function closeIdleWorkers(): Promise<void> {
  const all = [...idle.values()].flat();
  idle.clear();
  await Promise.all(all.map(({ worker, timer }) => (clearTimeout(timer), worker.terminate())));
}
