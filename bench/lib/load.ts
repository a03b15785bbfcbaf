/**
 * One load measurement with autocannon: N connections for a fixed time against one route, the latency of
 * every response kept (autocannon's `response` event, sub-millisecond) so the percentiles come from
 * bench/lib/report.ts like every other table's. Non-2xx answers and connection errors are counted, never
 * averaged in: a row with any is flagged by the caller.
 */
import autocannon from 'autocannon';
import { processCpuMs } from './process-cpu';
import { ascending, percentile } from './report';

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  /** 2xx answers per second over the run. */
  requestsPerSecond: number;
  /** Latency of the 2xx answers, ms. */
  p50: number;
  p99: number;
  ok: number;
  /** Answers that were not 2xx, by status. */
  non2xx: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  /** CPU the server process used during the run per 2xx answer, ms (NaN without `serverPid` or /proc). */
  serverCpuMsPerOk: number;
  /** Every 2xx answer's latency, ms, ascending: what `combine` pools. */
  latencies: number[];
  /** CPU the server used during the run, ms. */
  serverCpuMs: number;
}

/** Runs autocannon; with `amount` set it stops after that many requests (a warm-up), else after `seconds`. */
export async function load(request: LoadRequest, options: { connections: number; seconds?: number; amount?: number; serverPid?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = options.serverPid ? processCpuMs(options.serverPid) : Number.NaN;
  const non2xx: Record<string, number> = {};
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: request.url,
        method: request.method ?? 'GET',
        headers: request.headers ?? {},
        ...(request.body ? { body: request.body } : {}),
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
        timeout: 30,
      },
      (error: unknown, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else non2xx[statusCode] = (non2xx[statusCode] ?? 0) + 1;
  });
  const result = await done;
  const cpuUsed = options.serverPid ? processCpuMs(options.serverPid) - cpuBefore : Number.NaN;
  const seconds = result.duration; // autocannon's own clock: from the first request to the last answer
  const sorted = ascending(latencies);
  return {
    connections: options.connections,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    ok: latencies.length,
    non2xx,
    errors: result.errors, // autocannon counts timeouts among them
    serverCpuMsPerOk: cpuUsed / latencies.length,
    latencies: sorted,
    serverCpuMs: cpuUsed,
  };
}

/**
 * Several runs of the same request pooled into one result, as if one run: latencies pooled before the
 * percentiles are taken, 2xx/s as all 2xx answers over all the runs' time. Measuring two routes in
 * alternating slices and pooling each one's slices exposes both to the same background load.
 */
export function combine(runs: readonly LoadResult[]): LoadResult {
  const latencies = ascending(runs.flatMap((run) => run.latencies));
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const serverCpuMs = runs.reduce((sum, run) => sum + run.serverCpuMs, 0);
  const non2xx: Record<string, number> = {};
  for (const run of runs) for (const [status, count] of Object.entries(run.non2xx)) non2xx[status] = (non2xx[status] ?? 0) + count;
  return {
    connections: runs[0]!.connections,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ok: latencies.length,
    non2xx,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    serverCpuMsPerOk: serverCpuMs / latencies.length,
    latencies,
    serverCpuMs,
  };
}

/** `"3 × 503, 2 errors"`, or `""` when the run had none. */
export function failures(result: LoadResult): string {
  const parts = Object.entries(result.non2xx).map(([status, count]) => `${count} × ${status}`);
  if (result.errors > 0) parts.push(`${result.errors} error${result.errors === 1 ? '' : 's'}`);
  return parts.join(', ');
}
