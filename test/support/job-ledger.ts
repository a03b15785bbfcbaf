import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { JobContext, JobInput, JobStore, Queue } from './handlers';

/**
 * Counts what the fault scenarios are judged by, from the job's side: how often each job's body ran,
 * how many ran at once, and whether a job ran again after an attempt had already succeeded ("run
 * twice"). An attempt succeeds when it returns before its signal aborts; a result returned after the
 * timeout is late and was never stored.
 */
export function createLedger() {
  const runs = new Map<string, { started: number; succeeded: number; rerunAfterSuccess: number }>();
  let running = 0;
  let peak = 0;
  return {
    /** Wraps a job body so every run is counted. */
    track<R>(body: (input: JobInput, ctx: JobContext) => Promise<R>) {
      return async (input: JobInput, ctx: JobContext): Promise<R> => {
        const entry = runs.get(ctx.jobId) ?? { started: 0, succeeded: 0, rerunAfterSuccess: 0 };
        runs.set(ctx.jobId, entry);
        if (entry.succeeded > 0) entry.rerunAfterSuccess += 1;
        entry.started += 1;
        peak = Math.max(peak, ++running);
        try {
          const value = await body(input, ctx);
          if (!ctx.signal.aborted) entry.succeeded += 1;
          return value;
        } finally {
          running -= 1;
        }
      };
    },
    get peak() {
      return peak;
    },
    runsOf: (jobId: string) => runs.get(jobId)?.started ?? 0,
    /** submitted / completed / failed / lost (not terminal, or gone) / run twice, read from the store. */
    async summary(store: JobStore, ids: readonly string[]): Promise<ScenarioCounts> {
      const counts: ScenarioCounts = { submitted: ids.length, completed: 0, failed: 0, lost: 0, runTwice: 0 };
      for (const id of ids) {
        const record = await store.get(id);
        if (record?.status === 'completed') counts.completed += 1;
        else if (record?.status === 'failed') counts.failed += 1;
        else counts.lost += 1;
        if ((runs.get(id)?.rerunAfterSuccess ?? 0) > 0) counts.runTwice += 1;
      }
      return counts;
    },
  };
}

export interface ScenarioCounts {
  submitted: number;
  completed: number;
  failed: number;
  lost: number;
  runTwice: number;
}

/** Messages still on the queue (visible, delayed or in flight), where the adapter can tell. */
export async function messagesLeft(queue: Queue): Promise<number> {
  if (!queue.stats) throw new Error(`the ${queue.name} queue cannot count its messages`);
  const stats = await queue.stats();
  return stats.visible + stats.inFlight + stats.delayed;
}

/**
 * One row of the scenario × queue table, appended to test-results/fault-scenarios.jsonl so a run's
 * figures can be read back (`node scripts/fault-table.mjs`).
 */
export function recordScenario(scenario: string, queue: string, counts: ScenarioCounts, extra: Record<string, unknown> = {}): void {
  const dir = path.resolve(import.meta.dirname, '../../test-results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, 'fault-scenarios.jsonl'), `${JSON.stringify({ scenario, queue, ...counts, ...extra, at: new Date().toISOString() })}\n`);
}
