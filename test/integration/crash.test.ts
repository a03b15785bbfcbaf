import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteJobStore } from '@kiln/handlers/local';
import { SQS_CREDENTIALS, startSqs, type RunningSqs } from '../support/sqs-servers';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { createSubmitHandler, defineJob, defineKiln, isTerminal } from '../support/handlers';
import { recordScenario } from '../support/job-ledger';
import { multipart } from '../support/kiln-under-test';
import { seededRandom, sleep } from '../support/kiln-fixtures';

const SECRET = 'crash-test-revalidate-secret-0123456789';
const KILLS = 12;
const seed = Number(process.env.KILN_CRASH_SEED ?? Date.now() % 1_000_000);

// The embedded queue, and SQS (fauxqs; local-aws-sqs counts heartbeats as receives, see SQS_SERVER_GAPS).
describe.each(['embedded', 'sqs on fauxqs'] as const)('crash: SIGKILL of the worker process at random points, queue: %s', (queueKind) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiln-crash-'));
  const file = path.join(dataDir, 'kiln.db');
  let sqs: RunningSqs | null = null;
  let sqsEnv: Record<string, string> = {};
  beforeAll(async () => {
    if (queueKind === 'embedded') return;
    sqs = await startSqs('fauxqs');
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
    sqsEnv = { ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl };
  });
  afterAll(async () => {
    await sqs?.stop();
    closeSqlite(file);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`every job ends exactly once in completed or failed, none stuck, its page right (${KILLS} kills)`, async () => {
    const rand = seededRandom(seed);
    console.log(`[crash] seed ${seed} (KILN_CRASH_SEED=${seed} replays these kill points)`);
    const store = createSqliteJobStore({ file });

    // The app's revalidate endpoint: like getStaticProps, the page is whatever the store holds when
    // it is regenerated. The last regeneration of each job is its page.
    const pages = new Map<string, { status: string; code: string | null }>();
    const app = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      if (req.headers.authorization !== `Bearer ${SECRET}`) return void res.writeHead(401).end();
      const jobId = (JSON.parse(body) as { path: string }).path.split('/').pop()!;
      const record = await store.get(jobId);
      pages.set(jobId, { status: record?.status ?? 'missing', code: record?.error?.code ?? null });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}');
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;

    // Jobs of 0.1–1.2 s, two of 3 s that a kill will likely catch mid-run, and two that kill their own
    // process 0.3 s into every attempt (the host killing a function that ran out of memory). Jobs
    // running next to those die with them and lose that attempt.
    const kiln = defineKiln({ job: defineJob({ name: 'crash-test', run: async () => null }), dataDir, revalidateSecret: SECRET, cronSecret: 'x'.repeat(32), kickAfterSubmit: false, appUrl: false, logger: silentLogger, env: sqsEnv });
    const submit = createSubmitHandler(kiln);
    const orders = [...Array.from({ length: 20 }, () => `sleep:${100 + Math.floor(rand() * 1100)}`), 'sleep:3000', 'sleep:3000', 'die', 'die'];
    const ids: string[] = [];
    for (const order of orders) ids.push(((await (await submit(multipart('cv', order, 'cv.txt', 'text/plain'))).json()) as { jobId: string }).jobId);
    const dying = new Set(ids.slice(-2));

    let child: ChildProcess | null = null;
    let spawned = 0;
    let selfKills = 0;
    let stopping = false;
    const startWorker = () => {
      spawned += 1;
      const current = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../support/crash-worker-child.ts')], {
        env: { ...process.env, ...sqsEnv, KILN_DATA_DIR: dataDir, KILN_APP_URL: appUrl, REVALIDATE_SECRET: SECRET },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      current.on('exit', (_code, signal) => {
        if (current !== child || stopping) return;
        if (signal === 'SIGKILL') selfKills += 1; // a "die" job took its process down: the host restarts it
        startWorker();
      });
      child = current;
    };
    startWorker();
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(300 + Math.floor(rand() * 1200));
      const victim = child!;
      child = null; // its exit must not respawn: this loop does
      victim.kill('SIGKILL');
      await new Promise((resolve) => (victim.exitCode !== null || victim.signalCode !== null ? resolve(null) : victim.once('exit', resolve)));
      startWorker();
    }

    const queue = (await kiln.ports()).queue;
    // Settled: every job ended and its page regenerated (a guard delivery that died leaves that to the
    // worker's next reconciliation of the dead-letter queue), and no message left.
    const settled = async () => {
      for (const id of ids) {
        const record = await store.get(id);
        if (!record || !isTerminal(record.status) || record.revalidatedAt === undefined) return false;
      }
      const stats = await queue.stats!();
      return stats.visible + stats.inFlight + stats.delayed === 0;
    };
    const until = Date.now() + 90_000;
    while (!(await settled()) && Date.now() < until) await sleep(250);
    stopping = true;
    const last = child as ChildProcess | null;
    last?.kill('SIGTERM');
    await new Promise((resolve) => (last && last.exitCode === null ? last.once('exit', resolve) : resolve(null)));
    await new Promise((resolve) => app.close(resolve));

    const lines = existsSync(path.join(dataDir, 'ledger.txt')) ? readFileSync(path.join(dataDir, 'ledger.txt'), 'utf8').trim().split('\n') : [];
    const count = (kind: string, id: string) => lines.filter((line) => line.startsWith(`${kind} ${id} `)).length;
    const records = await Promise.all(ids.map((id) => store.get(id)));
    const counts = { submitted: ids.length, completed: 0, failed: 0, lost: 0, runTwice: 0 };
    for (const [i, id] of ids.entries()) {
      const record = records[i];
      if (record?.status === 'completed') counts.completed += 1;
      else if (record?.status === 'failed') counts.failed += 1;
      else counts.lost += 1;
      if (count('result', id) > 1) counts.runTwice += 1;
    }
    // A crash on the last attempt: the last attempt that started (usually the third; the second or first when a kill
    // used up a receive before its start, see below) returned nothing, and the guard delivery failed the job.
    const lastStarted = (id: string) => Math.max(0, ...lines.filter((line) => line.startsWith(`start ${id} `)).map((line) => Number(line.split(' ')[2])));
    const lastAttemptCrashes = ids.filter((id, i) => lastStarted(id) > 0 && !lines.includes(`result ${id} ${lastStarted(id)}`) && records[i]?.error?.code === 'attempts_exhausted').length;
    recordScenario(`SIGKILL of the worker at ${KILLS} random points (+ 2 jobs that kill their process)`, queueKind, counts, { seed, workersStarted: spawned, selfKills, lastAttemptCrashes, attemptsStarted: lines.filter((l) => l.startsWith('start ')).length });

    expect(counts.lost).toBe(0);
    expect(await queue.stats!()).toMatchObject({ visible: 0, inFlight: 0, delayed: 0 });
    for (const [i, id] of ids.entries()) {
      const record = records[i]!;
      expect(count('terminal', id), `terminal writes of ${id}`).toBeLessThanOrEqual(1);
      expect(pages.get(id), `page of ${id}`).toEqual({ status: record.status, code: record.error?.code ?? null });
      expect(record.revalidatedAt).toBeTypeOf('number');
      if (dying.has(id)) {
        expect(record).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' } });
        // Usually 3; a random kill that lands between a delivery's receive and its start uses up that
        // receive without starting an attempt, so the guard delivery may come after 2 (or 1).
        expect(record.attempts).toBeGreaterThanOrEqual(1);
        expect(record.attempts).toBeLessThanOrEqual(3);
      }
      else if (record.status === 'failed') expect(record.error?.code).toBe('attempts_exhausted'); // killed on all three attempts
      else expect(count('result', id)).toBeGreaterThanOrEqual(1);
    }
    // The dead-letter queue holds exactly the jobs an operator must look at: those whose attempts ran out.
    // (Counted, not listed: on SQS a listing a killed worker was making keeps its letters hidden a while.)
    const failedIds = ids.filter((_, i) => records[i]!.status === 'failed');
    expect((await queue.stats!()).dead).toBe(failedIds.length);
    const listed = (await queue.deadLetters.list()).map((letter) => (JSON.parse(letter.body) as { jobId: string }).jobId);
    expect(failedIds).toEqual(expect.arrayContaining(listed));
    expect(selfKills).toBeGreaterThanOrEqual(1);
    expect(lastAttemptCrashes).toBeGreaterThanOrEqual(dying.size);
  }, 180_000);
});
