// Child process for the crash test: a worker on the embedded default in KILN_DATA_DIR, killed with
// SIGKILL at random moments by the test. It appends to a ledger file what only this process can see:
// each attempt that starts, each one that returns a result, and each terminal write the store took.
// A job whose upload says "die" kills its own process on every attempt (as running out of memory does).
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { defineJob, defineKiln, isTerminal, runWorker, type JobStore } from '@kiln/handlers';
import { createSqliteJobStore } from '@kiln/handlers/local';
import { silentLogger } from '../../packages/handlers/src/core/logger';

const dataDir = process.env.KILN_DATA_DIR!;
const ledger = (line: string) => appendFileSync(path.join(dataDir, 'ledger.txt'), `${line}\n`);

const job = defineJob({
  name: 'crash-test',
  timeoutSeconds: 10,
  async run(input, ctx) {
    const order = new TextDecoder().decode(await input.file.bytes()).trim();
    ledger(`start ${ctx.jobId} ${ctx.attempt}`);
    if (order === 'die') {
      await new Promise((resolve) => setTimeout(resolve, 300)); // memory builds up for a while
      process.kill(process.pid, 'SIGKILL');
    }
    await new Promise((resolve) => setTimeout(resolve, Number(order.replace('sleep:', ''))));
    ledger(`result ${ctx.jobId} ${ctx.attempt}`);
    return { slept: order };
  },
});

const sqliteStore = createSqliteJobStore({ file: path.join(dataDir, 'kiln.db') });
const store: JobStore = {
  ...sqliteStore,
  name: 'sqlite (ledgered)',
  async compareAndSet(record, expectedVersion) {
    const stored = await sqliteStore.compareAndSet(record, expectedVersion);
    if (stored && isTerminal(record.status) && record.revalidatedAt === undefined) ledger(`terminal ${record.id} ${record.status}`);
    return stored;
  },
};

const kiln = defineKiln({
  job,
  dataDir,
  store,
  concurrency: 3,
  revalidateSecret: process.env.REVALIDATE_SECRET!,
  cronSecret: 'unused'.repeat(6),
  appUrl: process.env.KILN_APP_URL!,
  processor: { waitSeconds: 1, visibilityTimeoutSeconds: 2, heartbeatSeconds: 0.5, backoff: { baseSeconds: 0, maxSeconds: 0 } },
  logger: silentLogger,
  // The queue is SQS when the test says so (SQS_QUEUE_URL and the endpoint), else the embedded one.
  env: Object.fromEntries(['SQS_QUEUE_URL', 'AWS_ENDPOINT_URL_SQS', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'].map((name) => [name, process.env[name]])),
});
const controller = new AbortController();
process.once('SIGTERM', () => controller.abort());
process.stdout.write('ready\n');
await runWorker(kiln, { signal: controller.signal, housekeepingSeconds: 2 });
