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

/** Port calls an outage can be injected into. */
export const FAILABLE_CALLS = ['store.get', 'store.create', 'store.delete', 'queue.send', 'blobs.put', 'blobs.get', 'blobs.head', 'blobs.readRange', 'blobs.move', 'blobs.delete'] as const;
export type FailableCall = (typeof FAILABLE_CALLS)[number];

/**
 * Ports whose `call` throws on its `nth` use (0-based) while `armed`, as a store or queue outage would;
 * `fired` says whether it did.
 */
export function failingPorts(inner: Ports): { ports: Ports; arm(call: FailableCall, nth: number): void; disarm(): void; fired(): boolean } {
  let plan: { call: FailableCall; nth: number } | null = null;
  let seen = 0;
  let fired = false;
  const wrap = <T extends object>(target: T, prefix: string): T => {
    const wrapped = { ...target } as Record<string, unknown>;
    for (const [name, value] of Object.entries(target)) {
      if (typeof value !== 'function' || !(FAILABLE_CALLS as readonly string[]).includes(`${prefix}.${name}`)) continue;
      wrapped[name] = async (...args: unknown[]) => {
        if (plan && plan.call === `${prefix}.${name}` && seen++ === plan.nth) {
          fired = true;
          throw new Error(`injected outage in ${plan.call}`);
        }
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    }
    return wrapped as T;
  };
  return {
    ports: { queue: wrap(inner.queue, 'queue'), store: wrap(inner.store, 'store'), blobs: wrap(inner.blobs, 'blobs') },
    arm(call, nth) {
      plan = { call, nth };
      seen = 0;
      fired = false;
    },
    disarm() {
      plan = null;
    },
    fired: () => fired,
  };
}
