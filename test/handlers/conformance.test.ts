import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFilesystemBlobStore, createSqliteJobStore, createSqliteQueue } from '@kiln/handlers/local';
import { createMemoryBlobStore, createMemoryJobStore, createMemoryQueue } from '@kiln/handlers/memory';
import { runBlobStoreSuite, runJobStoreSuite, runQueueSuite } from '@kiln/handlers/testing';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';

const temp = () => mkdtempSync(path.join(tmpdir(), 'kiln-conformance-'));
const dirs = new WeakMap<object, string>();
const removeDir = (adapter: object) => {
  const dir = dirs.get(adapter);
  if (!dir) return;
  closeSqlite(path.join(dir, 'kiln.db'));
  rmSync(dir, { recursive: true, force: true });
};
const inTemp = <T extends object>(make: (dir: string) => T): T => {
  const dir = temp();
  const adapter = make(dir);
  dirs.set(adapter, dir);
  return adapter;
};

runQueueSuite('memory', { create: ({ maxReceiveCount }) => createMemoryQueue({ maxReceiveCount }) });
runQueueSuite('sqlite', {
  create: ({ maxReceiveCount }) => inTemp((dir) => createSqliteQueue({ file: path.join(dir, 'kiln.db'), maxReceiveCount })),
  cleanup: removeDir,
});

runJobStoreSuite('memory', { create: () => createMemoryJobStore() });
runJobStoreSuite('sqlite', { create: () => inTemp((dir) => createSqliteJobStore({ file: path.join(dir, 'kiln.db') })), cleanup: removeDir });

runBlobStoreSuite('memory', { create: () => createMemoryBlobStore(), uploadDirect: async (_target, bytes, blobs, key) => void (await blobs.put(key, bytes)) });
runBlobStoreSuite('filesystem', { create: () => inTemp((dir) => createFilesystemBlobStore({ dir })), cleanup: removeDir });
