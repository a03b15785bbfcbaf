import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalAdapters } from '@kiln/handlers/local';
import { main } from '../../packages/handlers/src/cli/main';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';
import { defineJob, JobFailure, runProcessor } from '../support/handlers';
import { deps, enqueue, settings } from '../support/kiln-fixtures';

const dataDir = mkdtempSync(path.join(tmpdir(), 'kiln-cli-'));
afterAll(() => {
  closeSqlite(path.join(dataDir, 'kiln.db'));
  rmSync(dataDir, { recursive: true, force: true });
});

async function kiln(...args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main([...args, '--data-dir', dataDir], (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

describe('the kiln CLI on the embedded default', () => {
  it('lists a failed job’s dead letter, replays it so the job runs again, and deletes the job', async () => {
    const ports = createLocalAdapters({ dataDir, maxReceiveCount: 2 }); // one attempt, then the guard delivery
    const jobId = await enqueue(ports as never, 'cv text');
    let broken = true;
    const job = defineJob({ name: 'flaky-config', run: async () => (broken ? Promise.reject(new JobFailure('bad_config', 'Misconfigured.', { retryable: true })) : 'ok') });
    await runProcessor(deps(ports as never, job), settings(), { mode: 'drain' });

    const listed = await kiln('dead-letters');
    expect(listed.code).toBe(0);
    expect(listed.text).toContain(`job ${jobId}`);
    expect(listed.text).toContain('bad_config');
    const messageId = listed.text.split(/\s+/)[0]!;

    expect((await kiln('job', jobId)).text).toContain('"status": "failed"');
    expect(await kiln('replay', messageId)).toEqual({ code: 0, text: `Replayed; job ${jobId} is queued again.` });
    expect((await kiln('job', jobId)).text).toContain('"status": "queued"');
    broken = false;
    await runProcessor(deps(ports as never, job), settings(), { mode: 'drain' });
    expect((await kiln('job', jobId)).text).toContain('"status": "completed"');
    expect((await kiln('dead-letters')).text).toBe('The dead-letter queue is empty.');

    expect((await kiln('delete', jobId)).code).toBe(0);
    expect(await kiln('job', jobId)).toEqual({ code: 1, text: 'No job has this id (it may have expired).' });
  });

  it('explains its usage on a wrong command or a missing argument (exit 2)', async () => {
    const unknown = await kiln('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.text).toMatch(/Unknown command "frobnicate"[\s\S]*dead-letters/);
    expect((await kiln('replay')).text).toMatch(/needs a message id/);
  });

  it('takes a job id that begins with "-" (one id in 64 did before ids stopped beginning with one) as the id, not as an option', async () => {
    const ports = createLocalAdapters({ dataDir });
    const jobId = await enqueue(ports as never, 'cv text');
    const dashed = `-x${jobId.slice(2)}`;
    const record = (await ports.store.get(jobId))!;
    await ports.store.create({ ...record, id: dashed });
    expect((await kiln('job', dashed)).text).toContain(`"id": "${dashed}"`);
    expect((await kiln('delete', dashed, '--app-url', 'http://127.0.0.1:9')).code).toBe(0);
    expect((await kiln('job', dashed)).code).toBe(1);
    // Two dashes, and after '--' too.
    const twice = `--${jobId.slice(2)}`;
    await ports.store.create({ ...record, id: twice });
    expect((await kiln('job', twice)).text).toContain(`"id": "${twice}"`);
    const lines: string[] = [];
    expect(await main(['--data-dir', dataDir, 'job', '--', twice], (line) => lines.push(line))).toBe(0);
    expect(lines.join('\n')).toContain(`"id": "${twice}"`);
  });

  it('answers an unknown option with its usage (exit 2), not a stack trace', async () => {
    const result = await kiln('dead-letters', '--colour');
    expect(result.code).toBe(2);
    expect(result.text).toMatch(/Unknown option '--colour'[\s\S]*Usage: kiln/);
  });

  it('runs as the package bin', () => {
    const bin = path.resolve(import.meta.dirname, '../../packages/handlers/bin/kiln.mjs');
    const output = execFileSync(process.execPath, [bin, 'redrive', '--data-dir', dataDir], { encoding: 'utf8' });
    expect(output.trim()).toBe('Replayed 0 dead letter(s).');
  });
});
