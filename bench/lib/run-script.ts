/**
 * Runs one benchmark script as its own child process for `npm run bench` (bench/run-all.ts): streams its
 * output, stops it at a time limit, and reads back the section(s) it wrote to `KILN_BENCH_OUT`.
 * Whatever goes wrong (missing script, exit code, time limit, no section written) comes back as a reason,
 * never as figures: the orchestrator turns it into a section that says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchSection } from './report';

export interface ScriptRun {
  /** The sections the script wrote (empty when it failed before writing one). */
  sections: BenchSection[];
  /** Why the script counts as failed, or null when it ran to the end with exit code 0 and wrote a section. */
  failure: string | null;
  /** Wall-clock time of the child process, in ms. */
  durationMs: number;
}

export interface RunScriptOptions {
  /** The command and its arguments, e.g. `['pnpm', 'exec', 'tsx', 'bench/queue.ts', '--quick']`. */
  command: readonly string[];
  /** The script file that must exist (checked before anything starts). */
  file: string;
  cwd: string;
  /** Extra environment (`BENCH_SKIP_BUILD`, `KILN_BENCH_QUICK`); `KILN_BENCH_OUT` is set here. */
  env?: Record<string, string>;
  /** The time limit: past it the child's whole process group gets SIGTERM, then SIGKILL 10 s later. */
  timeoutMs: number;
  /** Where the child's output goes as it comes (default: this process's stdout/stderr). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Aborting (Ctrl-C of the orchestrator) stops the child the same way as the time limit. */
  signal?: AbortSignal;
  /** False for a step that writes no section (the bench app's build): its exit code is the whole outcome. @default true */
  expectSection?: boolean;
}

/** The last lines a failure section quotes, so a reader sees why without the whole log. */
const TAIL_LINES = 15;

export async function runScript(options: RunScriptOptions): Promise<ScriptRun> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  if (!existsSync(options.file)) return { sections: [], failure: 'does not exist (yet)', durationMs: 0 };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-out-'));
  const out = path.join(dir, 'section.json');
  try {
    const [cmd, ...args] = options.command;
    // Its own process group, so the time limit also stops what the script started (next start, SQS servers).
    const child = spawn(cmd!, args, { cwd: options.cwd, env: { ...process.env, ...options.env, KILN_BENCH_OUT: out }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let tail = '';
    const onOutput = options.onOutput ?? ((chunk, stream) => (stream === 'stdout' ? process.stdout : process.stderr).write(chunk));
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].setEncoding('utf8');
      child[stream].on('data', (chunk: string) => {
        onOutput(chunk, stream);
        tail = (tail + chunk).split('\n').slice(-TAIL_LINES - 1).join('\n');
      });
    }
    let stoppedBecause: string | null = null;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (why: string) => {
      if (stoppedBecause || child.exitCode !== null) return;
      stoppedBecause = why;
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 10_000);
    };
    const limit = setTimeout(() => stop(`stopped at its time limit of ${Math.round(options.timeoutMs / 1000)} s`), options.timeoutMs);
    const onAbort = () => stop('stopped: the run was interrupted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
      child.on('error', (error) => resolve({ code: null, signal: null, error }));
      child.on('close', (code, signal) => resolve({ code, signal }));
    });
    clearTimeout(limit);
    clearTimeout(killTimer);
    options.signal?.removeEventListener('abort', onAbort);
    // Anything the script started and left behind in its group goes too (a server it forgot to stop).
    signalGroup(child.pid, 'SIGKILL');
    const sections = readSections(out);
    const lastLines = tail.trim() ? `; its last output:\n\n\`\`\`\n${tail.trim()}\n\`\`\`` : '';
    let failure: string | null = null;
    if (exit.error) failure = `could not start \`${options.command.join(' ')}\`: ${exit.error.message}`;
    else if (stoppedBecause) failure = `${stoppedBecause}${lastLines}`;
    else if (exit.code !== 0) failure = `exited with ${exit.code === null ? `signal ${exit.signal}` : `code ${exit.code}`}${lastLines}`;
    else if (sections.length === 0 && options.expectSection !== false) failure = 'exited with code 0 but wrote no section (does it call emitSection from bench/lib/report.ts?)';
    return { sections, failure, durationMs: elapsed() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** The section file holds one section (an older report.ts) or an array of them; anything else counts as none. */
function readSections(file: string): BenchSection[] {
  if (!existsSync(file)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.filter(isSection);
  } catch {
    return [];
  }
}

function isSection(value: unknown): value is BenchSection {
  const s = value as Partial<BenchSection> | null;
  return typeof s?.id === 'string' && typeof s.title === 'string' && typeof s.table === 'string' && Array.isArray(s.ratios);
}
