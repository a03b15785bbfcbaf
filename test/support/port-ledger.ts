import type { BlobStore, JobStore, Ports } from './handlers';

/** What the ports hold at one moment: live job records, stored blobs, messages on the queue (dead letters apart). */
export interface PortCounts {
  records: number;
  blobs: number;
  messages: number;
  deadLetters: number;
}

/**
 * Wraps memory ports so a test can count what they hold before and after a request. The memory job
 * and blob stores cannot list their contents, so the ledger remembers every id and key written
 * through it, and `counts()` asks the stores which of those still exist (a record or blob the ledger
 * saw deleted, moved or swept is simply not found). The queue counts itself (`stats()`).
 */
export function portLedger(inner: Ports): { ports: Ports; counts(): Promise<PortCounts>; blobKeys(): string[] } {
  const recordIds = new Set<string>();
  const blobKeys = new Set<string>();
  const store: JobStore = {
    ...inner.store,
    async create(record) {
      const created = await inner.store.create(record);
      if (created) recordIds.add(record.id);
      return created;
    },
  };
  const blobs: BlobStore = {
    ...inner.blobs,
    async put(key, body, options) {
      const stored = await inner.blobs.put(key, body, options);
      blobKeys.add(key);
      return stored;
    },
    ...(inner.blobs.move
      ? {
          async move(from: string, to: string) {
            await inner.blobs.move!(from, to);
            blobKeys.add(to);
          },
        }
      : {}),
  };
  if (!inner.queue.stats) throw new Error('portLedger needs a queue that counts its messages (stats()).');
  return {
    ports: { queue: inner.queue, store, blobs },
    blobKeys: () => [...blobKeys],
    async counts() {
      let records = 0;
      for (const id of recordIds) if (await inner.store.get(id)) records += 1;
      let stored = 0;
      for (const key of blobKeys) if ((await (inner.blobs.head ? inner.blobs.head(key) : inner.blobs.get(key))) !== null) stored += 1;
      const stats = await inner.queue.stats!();
      return { records, blobs: stored, messages: stats.visible + stats.inFlight + stats.delayed, deadLetters: stats.dead };
    },
  };
}
