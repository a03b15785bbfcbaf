import type { JobRecord } from '../../core/job';
import type { JobStore } from '../../ports/job-store';

export interface MemoryJobStoreOptions {
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

/** An in-process read model, for tests. Records are copied in and out, as a real store would. */
export function createMemoryJobStore(options: MemoryJobStoreOptions = {}): JobStore {
  const now = options.now ?? Date.now;
  const records = new Map<string, string>();
  const live = (id: string): JobRecord | null => {
    const data = records.get(id);
    if (!data) return null;
    const record = JSON.parse(data) as JobRecord;
    return record.expiresAt !== undefined && record.expiresAt <= now() ? null : record;
  };
  return {
    name: 'memory',
    async get(id: string) {
      return live(id);
    },
    async create(record: JobRecord) {
      if (records.has(record.id)) return false;
      records.set(record.id, JSON.stringify(record));
      return true;
    },
    async compareAndSet(record: JobRecord, expectedVersion: number) {
      if (record.version !== expectedVersion + 1) throw new RangeError(`compareAndSet: the new version must be ${expectedVersion + 1}, got ${record.version}.`);
      const current = live(record.id);
      if (!current || current.version !== expectedVersion) return false;
      records.set(record.id, JSON.stringify(record));
      return true;
    },
    async delete(recordId: string) {
      records.delete(recordId);
    },
    async listExpired(at: number, limit = Infinity) {
      const expired: { id: string; expiresAt: number }[] = [];
      for (const [id, data] of records) {
        const { expiresAt } = JSON.parse(data) as JobRecord;
        if (expiresAt !== undefined && expiresAt <= at) expired.push({ id, expiresAt });
      }
      return expired.sort((a, b) => a.expiresAt - b.expiresAt).slice(0, limit).map((e) => e.id);
    },
    async sweepExpired(at = now()) {
      let count = 0;
      for (const [key, data] of records) {
        const { expiresAt } = JSON.parse(data) as JobRecord;
        if (expiresAt !== undefined && expiresAt <= at) {
          records.delete(key);
          count += 1;
        }
      }
      return count;
    },
  };
}
