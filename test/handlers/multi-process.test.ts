import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteJobStore, createSqliteQueue } from '@kiln/handlers/local';

const dir = mkdtempSync(path.join(tmpdir(), 'kiln-multiprocess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Consumer {
  ready: Promise<void>;
  go(): void;
  done: Promise<string[]>;
}

function consumer(file: string, counterId: string): Consumer {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../support/sqlite-consumer.ts'), file, counterId], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
    if (out.startsWith('ready\n')) markReady();
  });
  const done = new Promise<string[]>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length)) as string[]) : reject(new Error(`consumer exited ${code}`))));
  });
  return { ready, go: () => child.stdin.write('go\n'), done };
}

describe('embedded SQLite queue and store across processes', () => {
  it('four processes share one queue: every message delivered exactly once, every CAS increment kept', async () => {
    const file = path.join(dir, 'kiln.db');
    const queue = createSqliteQueue({ file });
    const store = createSqliteJobStore({ file });
    const counterId = 'multi-process-counter-abcdef';
    await store.create({ id: counterId, status: 'processing', attempts: 0, version: 1, submittedAt: 0, updatedAt: 0, input: { blobKey: 'uploads/x', size: 0, contentType: 'text/plain' } });
    const sent = new Set<string>();
    for (let i = 0; i < 200; i++) sent.add((await queue.send(`m${i}`)).id);

    const consumers = [1, 2, 3, 4].map(() => consumer(file, counterId));
    await Promise.all(consumers.map((c) => c.ready));
    consumers.forEach((c) => c.go());
    const results = await Promise.all(consumers.map((c) => c.done));
    const received = results.flat();
    expect(received).toHaveLength(200);
    expect(new Set(received)).toEqual(sent);
    expect(results.filter((r) => r.length > 0).length).toBeGreaterThan(1); // the work really was shared
    expect((await store.get(counterId))?.attempts).toBe(200);
  }, 60_000);
});
