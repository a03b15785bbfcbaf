import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { createProcessHandler, createSubmitHandler, defineKiln, isTerminal, type Kiln, type KilnOptions, type Ports } from './handlers';
import { multipart, SECRETS } from './kiln-under-test';

/** The two queues every fault scenario runs on: in-memory, and the embedded SQLite default. */
export const QUEUE_KINDS = ['memory', 'embedded'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export interface KilnOnQueue {
  kiln: Kiln;
  ports: Ports;
  dataDir: string | null;
  /** Submits `count` small text uploads through the real submit handler; returns their job ids. */
  submit(count: number): Promise<string[]>;
  /** One cron invocation of the process handler (GET with the cron secret), as Vercel Cron sends it. */
  cron(): Promise<Response>;
  allTerminal(ids: readonly string[]): Promise<boolean>;
  cleanup(): Promise<void>;
}

/**
 * A Kiln built by `defineKiln` the way an app builds one: on memory adapters, or on the embedded
 * default in a fresh data folder (so `defineKiln` wires the queue itself). No kick and no page
 * revalidation unless asked.
 */
export async function kilnOnQueue(kind: QueueKind, options: Omit<KilnOptions, 'env'>): Promise<KilnOnQueue> {
  const dataDir = kind === 'embedded' ? mkdtempSync(path.join(tmpdir(), 'kiln-scenario-')) : null;
  const kiln = defineKiln({
    ...(kind === 'memory' ? createMemoryAdapters() : { dataDir: dataDir! }),
    ...SECRETS,
    kickAfterSubmit: false,
    appUrl: false, // no app to regenerate pages in, unless a scenario gives one
    logger: silentLogger,
    ...options,
    env: {},
  });
  const ports = await kiln.ports();
  const submitHandler = createSubmitHandler(kiln);
  const processHandler = createProcessHandler(kiln);
  return {
    kiln,
    ports,
    dataDir,
    async submit(count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const response = await submitHandler(multipart('cv', `Jane Doe ${i}\nEngineer\n`, 'cv.txt', 'text/plain'));
        if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
        ids.push(((await response.json()) as { jobId: string }).jobId);
      }
      return ids;
    },
    cron: () => processHandler(new Request('http://localhost/api/cv/process', { headers: { authorization: `Bearer ${SECRETS.cronSecret}` } })),
    async allTerminal(ids) {
      for (const id of ids) {
        const record = await ports.store.get(id);
        if (!record || !isTerminal(record.status)) return false;
      }
      return true;
    },
    async cleanup() {
      await kiln.dispose();
      if (dataDir) {
        closeSqlite(path.join(dataDir, 'kiln.db'));
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
