/**
 * The bench Next app (bench/app/) for the benchmark scripts: `buildBenchApp()` runs `next build` once,
 * `startBenchApp(env)` runs `next start` on 127.0.0.1 and a free port with its own temporary data folder.
 * The app's adapters, kick and job length are chosen by the environment passed in (see bench/app/lib/kiln.ts).
 *
 *   pnpm exec tsx bench/lib/bench-app.ts --build     # what `npm run bench` runs once, after `pnpm run build`
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, waitFor } from '../../test/support/demo-server';
import { onCleanup } from './cleanup';

const BENCH_APP_DIR = path.resolve(import.meta.dirname, '../app');
const next = path.join(BENCH_APP_DIR, 'node_modules', '.bin', 'next');
// Next's own entry, started with this Node directly, so Node flags (--cpu-prof) reach the server process.
const nextEntry = path.join(BENCH_APP_DIR, 'node_modules', 'next', 'dist', 'bin', 'next');

/** `next build` of the bench app; skipped when `BENCH_SKIP_BUILD=1` (the orchestrator built it already). */
export function buildBenchApp(): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  const started = Date.now();
  const result = spawnSync(next, ['build'], { cwd: BENCH_APP_DIR, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build of bench/app failed:\n${result.stdout}\n${result.stderr}`);
  console.error(`bench app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export interface BenchApp {
  url: string;
  dataDir: string;
  /** The environment the server was started with (secrets included), for calls such as the process route. */
  env: Record<string, string>;
  /** The server's stdout and stderr so far. */
  logs(): string;
  /** The server's process id (to profile or measure it). */
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its data folder. */
  stop(): Promise<void>;
}

/**
 * `next start` of the built bench app on 127.0.0.1 and a free port, with a fresh data folder. `env` is
 * added to the server's environment: `KILN_KICK_AFTER_SUBMIT`, `BENCH_JOB_MS`, the cloud variables.
 * The submit rate limit is off unless `env` sets `KILN_RATE_LIMIT`: a load test comes from one address.
 * `nodeFlags` go to the server's Node, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/prof']` (Node refuses
 * those in NODE_OPTIONS); a profile is written when the server exits on `stop()`.
 */
export async function startBenchApp(env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<BenchApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiln-bench-'));
  const url = `http://127.0.0.1:${port}`;
  const fullEnv: Record<string, string> = {
    PORT: String(port),
    KILN_DATA_DIR: dataDir,
    KILN_APP_URL: url,
    KILN_RATE_LIMIT: 'off',
    REVALIDATE_SECRET: 'bench-revalidate-secret-0123456789abcdef',
    CRON_SECRET: 'bench-cron-secret-0123456789abcdef0123',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...env,
  };
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, nextEntry, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: BENCH_APP_DIR, env: { ...process.env, ...fullEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const forget = onCleanup(() => {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  const stop = async () => {
    forget();
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`next start of bench/app exited with ${child.exitCode}:\n${output}`);
      return (await fetch(url).catch(() => null))?.ok === true;
    }, 30_000, () => `next start of bench/app did not answer (built? run: pnpm exec tsx bench/lib/bench-app.ts --build):\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, env: fullEnv, logs: () => output, pid: child.pid!, stop };
}

/** Submits `file` to the app's Kiln submit route as a browser form would; resolves with the job id (202). */
export async function submitFile(app: Pick<BenchApp, 'url'>, file: File): Promise<string> {
  const form = new FormData();
  form.set('cv', file);
  const response = await fetch(`${app.url}/api/cv/submit`, { method: 'POST', body: form });
  if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { jobId: string }).jobId;
}

if (process.argv.includes('--build')) {
  delete process.env.BENCH_SKIP_BUILD; // asked for by name: build
  buildBenchApp();
}
