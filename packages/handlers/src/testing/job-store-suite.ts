import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../core/job';
import type { JobStore } from '../ports/job-store';

export interface JobStoreSuiteOptions {
  create(): JobStore | Promise<JobStore>;
  cleanup?(store: JobStore): void | Promise<void>;
}

let counter = 0;
const record = (overrides: Partial<JobRecord> = {}): JobRecord => ({
  id: `conformance-job-${Date.now()}-${counter++}-xxxxxxxx`,
  status: 'queued',
  attempts: 0,
  version: 1,
  submittedAt: 1,
  updatedAt: 1,
  input: { blobKey: 'uploads/x', size: 3, contentType: 'text/plain' },
  ...overrides,
});

/** The JobStore port's one conformance suite: create-if-absent, compare-and-set, delete, TTL. */
export function runJobStoreSuite(name: string, options: JobStoreSuiteOptions): void {
  const withStore = async (body: (store: JobStore) => Promise<void>) => {
    const store = await options.create();
    try {
      await body(store);
    } finally {
      await options.cleanup?.(store);
    }
  };

  describe(`JobStore conformance: ${name}`, () => {
    it('creates a record once and reads back an equal copy', () =>
      withStore(async (store) => {
        const r = record({ result: { skills: ['TypeScript'], nested: { n: 1 } } });
        expect(await store.create(r)).toBe(true);
        expect(await store.create({ ...r, status: 'failed' })).toBe(false);
        expect(await store.get(r.id)).toEqual(r);
        expect(await store.get('no-such-job-xxxxxxxxxxxxxxx')).toBeNull();
      }));

    it('compare-and-set writes only over the expected version', () =>
      withStore(async (store) => {
        const r = record();
        await store.create(r);
        const next = { ...r, version: 2, status: 'processing' as const };
        expect(await store.compareAndSet(next, 1)).toBe(true);
        expect(await store.compareAndSet({ ...r, version: 2, status: 'failed' }, 1)).toBe(false);
        expect(await store.get(r.id)).toEqual(next);
        expect(await store.compareAndSet({ ...record(), version: 2 }, 1)).toBe(false); // absent record
      }));

    it('lets exactly one of many concurrent writers win the same version', () =>
      withStore(async (store) => {
        const r = record();
        await store.create(r);
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.compareAndSet({ ...r, version: 2, attempts: i }, 1)));
        expect(results.filter(Boolean)).toHaveLength(1);
      }));

    it('deletes', () =>
      withStore(async (store) => {
        const r = record();
        await store.create(r);
        await store.delete(r.id);
        expect(await store.get(r.id)).toBeNull();
      }));

    it('hides expired records and sweeps them', () =>
      withStore(async (store) => {
        const expired = record({ expiresAt: Date.now() - 1000 });
        const live = record({ expiresAt: Date.now() + 60_000 });
        await store.create(expired);
        await store.create(live);
        expect(await store.get(expired.id)).toBeNull();
        expect(await store.get(live.id)).not.toBeNull();
        if (store.listExpired) {
          // The retention sweep removes these one by one and regenerates their pages.
          const listed = await store.listExpired(Date.now(), 1000);
          expect(listed).toContain(expired.id);
          expect(listed).not.toContain(live.id);
        }
        if (store.sweepExpired) {
          expect(await store.sweepExpired()).toBeGreaterThanOrEqual(1);
          expect(await store.get(live.id)).not.toBeNull();
        }
      }));
  });
}
