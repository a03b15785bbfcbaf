import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DEMO_DIR = path.resolve(import.meta.dirname, '../../demo');
const bin = (name: string) => path.join(DEMO_DIR, 'node_modules', '.bin', name);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** `next build` of the demo, once per test run. */
export function buildDemo(): void {
  const result = spawnSync(bin('next'), ['build'], { cwd: DEMO_DIR, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface RunningDemo {
  url: string;
  dataDir: string;
  env: Record<string, string>;
  logs: () => string;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1 and a free port, with its own data folder and secrets. */
export async function startDemo(extraEnv: Record<string, string> = {}): Promise<RunningDemo> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiln-demo-'));
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    PORT: String(port),
    KILN_DATA_DIR: dataDir,
    KILN_APP_URL: url,
    REVALIDATE_SECRET: 'integration-revalidate-secret-0123456789',
    CRON_SECRET: 'integration-cron-secret-0123456789abcdef',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
  const children: ChildProcess[] = [];
  let output = '';
  const launch = (command: string, args: string[]) => {
    const child = spawn(command, args, { cwd: DEMO_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    children.push(child);
    return child;
  };
  launch(bin('next'), ['start', '-H', '127.0.0.1', '-p', String(port)]);
  await waitFor(async () => (await fetch(url).catch(() => null))?.ok === true, 30_000, () => `next start did not answer:\n${output}`);
  return {
    url,
    dataDir,
    env,
    logs: () => output,
    async startWorker() {
      launch(bin('tsx'), ['worker.ts']);
      await waitFor(async () => output.includes('worker started'), 20_000, () => `worker did not start:\n${output}`);
    },
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 5000).unref();
            }),
        ),
      );
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(describe());
}
