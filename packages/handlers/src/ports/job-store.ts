import type { JobRecord } from '../core/job';

/**
 * The JobStore port: the read model. Records are whole JSON documents keyed by job id; every write
 * after creation is a compare-and-set on `version`, so two processors can never both move a job.
 */
export interface JobStore {
  readonly name: string;
  get(id: string): Promise<JobRecord | null>;
  /** Store the record if no record has this id; `false` if one exists. */
  create(record: JobRecord): Promise<boolean>;
  /**
   * Replace the record if its stored version is `expectedVersion`. The new record's `version` must be
   * `expectedVersion + 1`. Returns `false` (and writes nothing) when the stored version differs or the
   * record is gone.
   */
  compareAndSet(record: JobRecord, expectedVersion: number): Promise<boolean>;
  delete(id: string): Promise<void>;
  /**
   * Ids of records whose `expiresAt` has passed (at most `limit`, oldest expiry first), so the retention
   * sweep can remove each with its file and regenerate its page. Optional: without it, expired records
   * are only bulk-deleted by `sweepExpired` and their pages end with their ISR lifetime.
   */
  listExpired?(now: number, limit?: number): Promise<string[]>;
  /** Remove records whose `expiresAt` has passed; returns how many. Stores with native TTL may no-op. */
  sweepExpired?(now?: number): Promise<number>;
  dispose?(): Promise<void>;
}
