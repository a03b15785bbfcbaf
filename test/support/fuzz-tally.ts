import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Runs and reporting for the handler fuzz tests: one seed for all (KILN_FUZZ_SEED overrides it, and
 * KILN_FUZZ_RUNS the number of requests per handler), a count of answers by status per handler, and the
 * checks every answer must pass.
 */
export const FUZZ_SEED = Number(process.env.KILN_FUZZ_SEED ?? 20_261_201);
export const FUZZ_RUNS = Number(process.env.KILN_FUZZ_RUNS ?? 1000);
/** Per test: a minute at the default, more for a longer run (some handlers' stores grow with every request). */
export const FUZZ_TIMEOUT_MS = 60_000 * Math.max(1, (FUZZ_RUNS / 1000) ** 2);

/** Answers by status for one handler, printed as `[fuzz] submit: 1000 requests, 212 × 202, …`. */
export class FuzzTally {
  private readonly byStatus = new Map<string, number>();
  requests = 0;
  constructor(readonly handler: string) {}

  count(outcome: number | string): void {
    this.requests += 1;
    const key = String(outcome);
    this.byStatus.set(key, (this.byStatus.get(key) ?? 0) + 1);
  }

  of(outcome: number | string): number {
    return this.byStatus.get(String(outcome)) ?? 0;
  }

  summary(): string {
    const entries = [...this.byStatus].sort(([a], [b]) => a.localeCompare(b));
    const group = (test: (status: number) => boolean) => entries.filter(([s]) => test(Number(s)));
    const fmt = (list: [string, number][]) => list.map(([s, n]) => `${s} × ${n}`).join(', ');
    const sum = (list: [string, number][]) => list.reduce((total, [, n]) => total + n, 0);
    const ok = group((s) => s >= 200 && s < 300);
    const clientErrors = group((s) => s >= 400 && s < 500);
    const serverErrors = group((s) => s >= 500);
    const other = entries.filter(([s]) => Number.isNaN(Number(s)));
    return [
      `[fuzz] ${this.handler}: ${this.requests} requests`,
      ...(ok.length ? [fmt(ok)] : []),
      `${sum(clientErrors)} × 4xx${clientErrors.length ? ` (${fmt(clientErrors)})` : ''}`,
      `${sum(serverErrors)} × 5xx${serverErrors.length ? ` (${fmt(serverErrors)})` : ''}`,
      ...(other.length ? [fmt(other)] : []),
    ].join(', ');
  }
}

/**
 * Runs `property` with the shared seed and prints the tally; a failure throws fast-check's report (seed,
 * path, shrunk counterexample) followed by the first failing check.
 */
export async function runFuzz<T>(tally: FuzzTally, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, examples: T[] = []): Promise<void> {
  const started = performance.now();
  const details = await fc.check(fc.asyncProperty(arbitrary, check), { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, examples: examples.map((e) => [e] as [T]) });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${tally.summary()} (seed ${FUZZ_SEED}, ${seconds} s${details.numShrinks ? `, ${details.numShrinks} shrinks` : ''})`);
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${await fc.asyncDefaultReportMessage(details)}\n\nFirst failing check: ${cause}`);
  }
}

/** Every answer: no 5xx; a 4xx is JSON `{error: {code, message}}` a person can read. Returns the body. */
export async function checkAnswer(response: Response): Promise<unknown> {
  expect(response.status, 'a 5xx answer').toBeLessThan(500);
  const text = await response.text();
  if (response.status >= 400) {
    expect(response.headers.get('content-type') ?? '').toContain('application/json');
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(body.error?.code, `4xx without an error code: ${text}`).toMatch(/^[a-z_]+$/);
    expect(typeof body.error?.message === 'string' && body.error.message.length > 10, `4xx without a readable message: ${text}`).toBe(true);
    return body;
  }
  return text ? (JSON.parse(text) as unknown) : null;
}
