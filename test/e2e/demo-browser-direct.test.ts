import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, progressMidway, SCREENSHOTS, throttleUploads } from '../support/browser';
import { startDemo, waitFor, type RunningDemo } from '../support/demo-server';
import { minimalPdf } from '../support/minimal-pdf';
import { startRedis, type RunningRedis } from '../support/redis-server';
import { startS3, type RunningS3 } from '../support/s3-server';
import { SQS_CREDENTIALS, startSqs, type RunningSqs } from '../support/sqs-servers';
import { startUpstashBridge, type UpstashBridge } from '../support/upstash-bridge';

/**
 * A CV above Vercel's 4.5 MB request body limit, chosen in the demo's widget: on the cloud stack
 * (SQS on fauxqs, Vercel KV through the bridge to redis-server, S3 on s3rver) it goes from Chromium
 * straight to s3rver by a presigned PUT, with upload progress, and the result page shows the analysis;
 * on the embedded default (no direct uploads) the same file is refused with a 413 that names the limit.
 * Screenshots: test-results/screenshots/direct-*.png
 */
const BIG_CV = minimalPdf(['Jane Doe', 'Staff engineer at Acme, 2015-2024', 'Skills', 'TypeScript, Kubernetes, PostgreSQL'], 7 * 1024 * 1024);
const MB = 1024 * 1024;

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Opens the demo, lets `prepare` set up the page (listeners, throttling), then chooses the file. */
async function choose(demo: RunningDemo, shot: string, prepare: (page: Page) => Promise<void> = async () => {}) {
  const page = await browser.context.newPage();
  await page.goto(demo.url);
  await prepare(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /choose|upload|select/i }).first().click();
  await (await chooser).setFiles({ name: 'jane-doe.pdf', mimeType: 'application/pdf', buffer: Buffer.from(BIG_CV) });
  return { page, shot: (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `direct-${shot}-${name}.png`), fullPage: true }) };
}

describe('a 7 MB CV in Chromium, on SQS + Vercel KV + S3 (s3rver): straight to storage', () => {
  let sqs: RunningSqs;
  let redis: RunningRedis;
  let bridge: UpstashBridge;
  let s3: RunningS3;
  let demo: RunningDemo;
  beforeAll(async () => {
    [sqs, redis, s3] = await Promise.all([startSqs('fauxqs'), startRedis(), startS3()]);
    bridge = await startUpstashBridge(redis.url);
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
    demo = await startDemo({ ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, KV_REST_API_URL: bridge.url, KV_REST_API_TOKEN: bridge.token, ...s3.env });
  });
  afterAll(async () => {
    await demo?.stop();
    await bridge?.stop();
    await Promise.all([sqs?.stop(), redis?.stop(), s3?.stop()]);
  });

  it('uploads to s3rver with progress (not through the app), the job completes and the page shows the result', async () => {
    expect(BIG_CV.byteLength).toBeGreaterThan(4.5 * MB);
    expect(BIG_CV.byteLength).toBeLessThan(10 * MB);
    const requests: { url: string; method: string }[] = [];
    let unthrottle!: () => Promise<void>;
    const { page, shot } = await choose(demo, 's3', async (opened) => {
      opened.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
      // Throttled (~3 MB/s) so the progress bar can be read while the bytes are on their way.
      unthrottle = await throttleUploads(browser.context, opened, 3 * MB);
    });
    const midway = await progressMidway(page, 'jane-doe.pdf', () => shot('1-uploading'));
    expect(midway).toBeGreaterThan(0);
    expect(midway).toBeLessThan(100);
    await unthrottle();

    await page.waitForURL(/\/cv\/[A-Za-z0-9_-]{21,}$/, { timeout: 30_000 });
    const jobId = page.url().split('/').pop()!;
    // The bytes went to s3rver by a presigned PUT; the app got only the offer and the small commit.
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.url.startsWith(s3.endpoint)).toBe(true);
    expect(put?.url).toContain('X-Amz-Signature=');
    expect(requests.filter((request) => request.url.startsWith(`${demo.url}/api/cv/submit`)).map((request) => request.method)).toEqual(['GET', 'POST']);
    const stored = await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `uploads/${jobId}` }));
    expect(stored.ContentLength).toBe(BIG_CV.byteLength);

    await waitFor(async () => ((await (await fetch(`${demo.url}/api/cv/${jobId}`)).json()) as { revalidatedAt: number | null }).revalidatedAt !== null, 60_000, () => demo.logs());
    await page.getByRole('heading', { name: 'Skills by category' }).waitFor({ timeout: 20_000 });
    await shot('2-completed');
    const text = await page.textContent('main');
    expect(text).toContain('Jane Doe');
    expect(text).toContain('TypeScript');
    await page.close();
  }, 150_000); // its own waits add up to two minutes: a loaded machine must not cut them short

  it('the same file sent as multipart to the same app is refused: 413, naming the limit and the way in', async () => {
    const form = new FormData();
    form.set('cv', new File([BIG_CV], 'jane-doe.pdf', { type: 'application/pdf' }));
    const response = await fetch(`${demo.url}/api/cv/submit`, { method: 'POST', body: form });
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/larger than the 4 MB limit\. Files up to 10 MB go straight to storage with a direct upload/);
  });
});

describe('the same 7 MB CV in Chromium on the embedded default (no direct uploads)', () => {
  let demo: RunningDemo;
  beforeAll(async () => {
    demo = await startDemo();
  });
  afterAll(() => demo?.stop());

  it('falls back to multipart and shows the server’s 413, which names the limit', async () => {
    const { page, shot } = await choose(demo, 'embedded');
    const refused = page.getByText(/larger than the 4 MB limit/);
    await refused.waitFor({ timeout: 15_000 });
    await shot('1-refused');
    expect(await refused.first().textContent()).toMatch(/The file is larger than the 4 MB limit\. Upload a smaller file\./);
    expect(page.url()).toBe(`${demo.url}/`);
    await page.close();
  }, 60_000);
});
