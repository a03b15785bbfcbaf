import { defineJob } from '@kiln/handlers';

/** What the bench job leaves in the read model: enough for the result page to render something real. */
export interface BenchResult {
  sleptMs: number;
  bytes: number;
  lines: string[];
}

// BENCH_JOB_MS is read per run, not at import, so one build serves every duration the scripts ask for.
const jobMs = () => Number(process.env.BENCH_JOB_MS ?? 0);

/**
 * The job every benchmark runs: it sleeps `BENCH_JOB_MS` milliseconds (0, the default, is a no-op) and
 * records the upload's size. Benchmarks measure Kiln's overhead around a job, not a job: a sleep costs
 * the same on every backend and under every trigger, and leaves the CPU to what is being measured.
 */
export const benchJob = defineJob<BenchResult>({
  name: 'bench-sleep',
  // Within what Kiln lets a 60 s function start (50 s); the benchmarks' longest job is 30 s.
  timeoutSeconds: 45,
  async run(input, ctx) {
    const ms = jobMs();
    const bytes = await input.file.bytes();
    if (ms > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        ctx.signal.addEventListener('abort', () => (clearTimeout(timer), reject(ctx.signal.reason)), { once: true });
      });
    }
    return { sleptMs: ms, bytes: bytes.byteLength, lines: ['Jane Doe', 'Senior software engineer, 2016–2024', 'Skills: TypeScript, Kubernetes, PostgreSQL'] };
  },
});
