/**
 * Peak memory of N concurrent multipart uploads of a 4 MB file through the submit handler, in this
 * process (no HTTP server: each body is a stream of 64 KB chunks, as a socket delivers it). The file
 * store keeps nothing, so what is measured is what reading and checking the uploads costs.
 * Not a test: it prints figures to record.
 *
 *   node --expose-gc --import tsx bench/upload-memory.ts            # N = 8 and 16
 *   UPLOADS=32 node --expose-gc --import tsx bench/upload-memory.ts
 */
import { createSubmitHandler, defineKiln, type BlobStore } from '@kiln/handlers';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import { silentLogger } from '../packages/handlers/src/core/logger';
import { echoJob } from '../test/support/kiln-fixtures';

const MB = 1024 * 1024;
const FILE_BYTES = 4 * MB - 64 * 1024; // a file just under the 4 MB limit once framed
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

// Sampled from inside the work (each chunk read, each file stored): the uploads run on microtasks, so a
// timer would not fire until they are over.
let sample = () => {};
const discard: BlobStore = {
  name: 'discard',
  put: async (key, body) => {
    sample();
    return { key, size: body instanceof Uint8Array ? body.byteLength : 0 };
  },
  get: async () => null,
  delete: async () => {},
};

function upload(): Request {
  const boundary = '----kilnmemory';
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="cv"; filename="cv.txt"\r\nContent-Type: text/plain\r\n\r\n`);
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const total = head.byteLength + FILE_BYTES + tail.byteLength;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) {
        controller.enqueue(head);
        sent = head.byteLength;
      } else if (sent < head.byteLength + FILE_BYTES) {
        if ((sent >> 16) % 8 === 0) sample();
        const size = Math.min(64 * 1024, head.byteLength + FILE_BYTES - sent);
        controller.enqueue(new Uint8Array(size).fill(65)); // fresh bytes, as a socket gives them
        sent += size;
      } else {
        controller.enqueue(tail);
        controller.close();
      }
    },
  });
  return new Request('http://localhost/api/cv/submit', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(total) },
    body,
    duplex: 'half',
  } as RequestInit);
}

async function measure(n: number): Promise<void> {
  const { queue, store } = createMemoryAdapters({ maxReceiveCount: 4 });
  const kiln = defineKiln({ job: echoJob, queue, store, blobs: discard, kickAfterSubmit: false, logger: silentLogger, env: {}, cronSecret: 'x'.repeat(32), revalidateSecret: 'y'.repeat(32), rateLimit: false } as Parameters<typeof defineKiln>[0]);
  const submit = createSubmitHandler(kiln);
  gc!();
  const base = process.memoryUsage();
  let peakRss = 0;
  let peakExternal = 0;
  sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss - base.rss);
    peakExternal = Math.max(peakExternal, m.arrayBuffers + m.heapUsed - base.arrayBuffers - base.heapUsed);
  };
  const started = performance.now();
  const statuses = await Promise.all(Array.from({ length: n }, () => submit(upload()).then((r) => r.status)));
  const ms = performance.now() - started;
  sample = () => {};
  const counts = statuses.reduce<Record<number, number>>((acc, s) => ((acc[s] = (acc[s] ?? 0) + 1), acc), {});
  console.log(`${n} concurrent 4 MB uploads: peak heap+ArrayBuffers +${(peakExternal / MB).toFixed(0)} MB, peak RSS +${(peakRss / MB).toFixed(0)} MB, ${ms.toFixed(0)} ms, statuses ${JSON.stringify(counts)}`);
  await kiln.dispose();
}

for (const n of process.env.UPLOADS ? [Number(process.env.UPLOADS)] : [8, 16]) await measure(n);
