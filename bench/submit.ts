/**
 * Submit latency against the demo under `next start` on the embedded default: ≥ 500 sequential
 * multipart uploads of a 100 KB PDF, after a warm-up, printing p50/p90/p99 and the machine.
 * Not a test: it prints figures to record (see the README's Benchmarks section).
 *
 *   npm run bench:submit            # defaults: 1000 warm-up, 1000 measured
 *   BENCH_REQUESTS=500 BENCH_WARMUP=500 npm run bench:submit
 */
import { cpus } from 'node:os';
import { request } from 'node:http';
import { buildDemo, startDemo } from '../test/support/demo-server';
import { minimalPdf } from '../test/support/minimal-pdf';

const requests = Number(process.env.BENCH_REQUESTS ?? 1000);
const warmup = Number(process.env.BENCH_WARMUP ?? 1000);

function multipartBody(bytes: Uint8Array): { body: Buffer; contentType: string } {
  const boundary = `----kilnbench${Date.now()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return { body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** One POST over a keep-alive agent; resolves with the milliseconds until the full response. */
function post(url: URL, body: Buffer, contentType: string, agent: import('node:http').Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': contentType, 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 202 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

if (process.env.BENCH_SKIP_BUILD !== '1') buildDemo();
// BENCH_KICK=0 measures the submit alone (jobs stay queued in the throwaway data folder); the default
// keeps the kick on, so every submit also starts the job in the same process, as in production.
const kick = process.env.BENCH_KICK !== '0';
const demo = await startDemo({ KILN_KICK_AFTER_SUBMIT: kick ? '1' : '0' });
try {
  const { Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const pdf = minimalPdf(['Jane Doe', 'jane.doe@example.com', 'TypeScript, Kubernetes'], 100 * 1024);
  const { body, contentType } = multipartBody(pdf);
  const url = new URL(`${demo.url}/api/cv/submit`);
  for (let i = 0; i < warmup; i++) await post(url, body, contentType, agent);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push(await post(url, body, contentType, agent));
  times.sort((a, b) => a - b);
  const cpu = cpus();
  console.log(`submit latency, ${requests} sequential requests of a ${Math.round(pdf.byteLength / 1024)} KB PDF after ${warmup} warm-up, next start, embedded default, kick after submit ${kick ? 'on' : 'off'}`);
  console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  console.log(`p50 ${percentile(times, 50).toFixed(2)} ms · p90 ${percentile(times, 90).toFixed(2)} ms · p99 ${percentile(times, 99).toFixed(2)} ms · max ${times.at(-1)!.toFixed(2)} ms`);
  agent.destroy();
} finally {
  await demo.stop();
}
