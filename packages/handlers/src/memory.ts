/** `@kiln/handlers/memory`: in-process adapters for tests. Nothing is shared between processes. */
import { createMemoryBlobStore } from './adapters/blob-store/memory';
import { createMemoryJobStore } from './adapters/job-store/memory';
import { createMemoryQueue, type MemoryQueueOptions } from './adapters/queue/memory';
import type { Ports } from './core/runtime';

export { createMemoryBlobStore } from './adapters/blob-store/memory';
export { createMemoryJobStore, type MemoryJobStoreOptions } from './adapters/job-store/memory';
export { createMemoryQueue, type MemoryQueueOptions } from './adapters/queue/memory';

export function createMemoryAdapters(options: MemoryQueueOptions = {}): Ports {
  return { queue: createMemoryQueue(options), store: createMemoryJobStore(options.now ? { now: options.now } : {}), blobs: createMemoryBlobStore() };
}
