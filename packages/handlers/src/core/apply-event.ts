import type { JobStore } from '../ports/job-store';
import { transition, type JobEvent, type JobRecord } from './job';

/** Another writer kept winning the compare-and-set. */
export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
}

/**
 * Applies one event to the stored record with compare-and-set, re-reading and re-applying when another
 * writer got there first. Returns `null` when the record does not exist; throws
 * `IllegalTransitionError` when the stored state refuses the event.
 */
export async function applyEvent<Result>(
  store: JobStore,
  id: string,
  event: JobEvent<Result>,
  known?: JobRecord<Result>,
): Promise<JobRecord<Result> | null> {
  let current = known ?? ((await store.get(id)) as JobRecord<Result> | null);
  for (let tries = 0; tries < 5; tries++) {
    if (!current) return null;
    const next = transition(current, event);
    if (await store.compareAndSet(next as JobRecord, current.version)) return next;
    current = (await store.get(id)) as JobRecord<Result> | null;
  }
  throw new ConcurrentUpdateError(`Job ${id} changed under every one of five attempts to apply "${event.type}".`);
}
