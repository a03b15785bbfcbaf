// Child process for the multi-process test: drains a shared SQLite queue, counting each job on the
// shared SQLite store with compare-and-set, and prints the message ids it received.
import { createSqliteJobStore, createSqliteQueue } from '@kiln/handlers/local';

const [file, counterId] = process.argv.slice(2) as [string, string];
const queue = createSqliteQueue({ file });
const store = createSqliteJobStore({ file });
const received: string[] = [];
// Start together: say ready, wait for the parent's go, so the test measures sharing, not start-up order.
await queue.deadLetters.list({ limit: 1 }); // opens the database before "ready"
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
for (;;) {
  const batch = await queue.receive({ maxMessages: 3, waitSeconds: 1, visibilityTimeoutSeconds: 60 });
  if (batch.length === 0) break;
  for (const message of batch) {
    received.push(message.id);
    for (;;) {
      const record = (await store.get(counterId))!;
      if (await store.compareAndSet({ ...record, attempts: record.attempts + 1, version: record.version + 1 }, record.version)) break;
    }
    await queue.delete(message.receiptHandle);
    await new Promise((resolve) => setTimeout(resolve, 2)); // a little work per message
  }
}
process.stdout.write(`${JSON.stringify(received)}\n`);
process.stdin.destroy();
