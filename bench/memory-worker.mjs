// Table 7's worker (spawned by bench/memory.ts with --expose-gc, tsx's loader and an IPC channel): Kiln's
// long-running worker loop, `runWorker` — what `kiln worker` runs — on the embedded default (SQLite + files
// in KILN_DATA_DIR), with a no-op job. It counts the jobs it ran and, when the parent asks, forces a full
// GC and reports its memory. @kiln/handlers comes from source under tsx: the built package, inside this
// repo, resolves its own lazy `@kiln/handlers/local` import to the source anyway. The loader's memory is
// the same at every sample, so it does not change the growth.
import { performance } from 'node:perf_hooks';

const [entry] = process.argv.slice(2);
const { defineJob, defineKiln, runWorker } = await import(entry);

let ran = 0;
const job = defineJob({
  name: 'no-op',
  timeoutSeconds: 10,
  async run() {
    ran++;
    return null;
  },
});
// No revalidation (no app to call) and no log lines: what is left is the loop, the queue and the store.
const kiln = defineKiln({ job, appUrl: false, logger: { info() {}, warn() {}, error() {} } });
const stop = new AbortController();
const worker = runWorker(kiln, { signal: stop.signal });

process.on('message', async (message) => {
  if (message.type === 'sample') {
    // Twice: the first full GC can leave finalisers' garbage for the second.
    globalThis.gc();
    globalThis.gc();
    const { rss, heapUsed } = process.memoryUsage();
    process.send({ type: 'sample', ran, rss, heapUsed });
  }
  if (message.type === 'stop') {
    stop.abort();
    await worker;
    process.send({ type: 'stopped', ran });
    process.disconnect();
  }
});
process.send({ type: 'ready' });
