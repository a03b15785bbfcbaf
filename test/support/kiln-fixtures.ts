import { defineJob, encodeJobMessageForTests, type BlobStore, type JobDefinition, type JobRecord, type JobStore, type ProcessorSettings, type Queue } from './handlers';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import { silentLogger } from '../../packages/handlers/src/core/logger';

export const settings = (overrides: Partial<ProcessorSettings> = {}): ProcessorSettings => ({
  concurrency: 2,
  batchSize: 10,
  maxDurationSeconds: 120,
  safetyMarginSeconds: 1,
  visibilityTimeoutSeconds: 30,
  heartbeatSeconds: 10,
  waitSeconds: 0,
  backoff: { baseSeconds: 0, maxSeconds: 0 },
  ...overrides,
});

let n = 0;
export const jobId = () => `test-job-${String(n++).padStart(6, '0')}-abcdefghijkl`;

/** Memory ports with `count` queued jobs whose uploads hold `text`. */
export async function seed(count: number, options: { maxReceiveCount?: number; text?: string } = {}) {
  const ports = createMemoryAdapters({ maxReceiveCount: options.maxReceiveCount ?? 4 });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await enqueue(ports, options.text ?? `upload ${i}`));
  return { ports, ids };
}

/** Queues one job the way submit leaves it: an upload holding `text`, a `queued` record, a message. */
export async function enqueue(ports: { blobs: BlobStore; store: JobStore; queue: Queue }, text: string, id = jobId()): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  await ports.blobs.put(`uploads/${id}`, bytes);
  const now = Date.now();
  const record: JobRecord = { id, status: 'queued', attempts: 0, version: 1, submittedAt: now, updatedAt: now, input: { blobKey: `uploads/${id}`, size: bytes.byteLength, contentType: 'text/plain' } };
  await ports.store.create(record);
  await ports.queue.send(encodeJobMessageForTests(id));
  return id;
}

export function deps(ports: ReturnType<typeof createMemoryAdapters>, job: JobDefinition<unknown>, revalidate?: (path: string) => Promise<void>) {
  return { ...ports, job, logger: silentLogger, pagePath: (id: string) => `/cv/${id}`, revalidate };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** mulberry32: random numbers in [0, 1) that replay from their seed, for fault and crash runs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const echoJob = defineJob({
  name: 'echo',
  timeoutSeconds: 5,
  async run(input) {
    return { text: new TextDecoder().decode(await input.file.bytes()) };
  },
});
