import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, progressMidway, SCREENSHOTS, throttleUploads } from '../support/browser';
import { startDemo, waitFor, type RunningDemo } from '../support/demo-server';
import { minimalPdf } from '../support/minimal-pdf';

// The demo is built once by test/support/global-setup.ts. Screenshots of each stage: test-results/screenshots/demo-*.png
describe('demo in Chromium: choose a file → upload progress → status changes → completed result page', () => {
  let demo: RunningDemo;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const old of readdirSync(SCREENSHOTS).filter((f) => f.startsWith('demo-'))) rmSync(path.join(SCREENSHOTS, old));
    // No kick: the job waits in the queue until the test starts the worker, so every status is seen.
    demo = await startDemo({ KILN_KICK_AFTER_SUBMIT: '0' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('walks the whole loop and keeps a screenshot of each stage', async () => {
    const page = await browser.context.newPage();
    const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `demo-${name}.png`), fullPage: true });
    await page.goto(demo.url);
    await shot('1-idle');

    const upload = page.getByRole('button', { name: /choose|upload|select/i }).first();
    await expect(upload.isVisible()).resolves.toBe(true);
    const pdf = minimalPdf(['Jane Doe', 'jane.doe@example.com', 'Skills', 'TypeScript, Kubernetes, PostgreSQL'], 300 * 1024);
    // Throttle uploads (~100 KB/s) so the progress bar can be seen moving.
    const unthrottle = await throttleUploads(browser.context, page, 100 * 1024, 20);
    const chooser = page.waitForEvent('filechooser');
    await upload.click();
    await (await chooser).setFiles({ name: 'jane-doe.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    const midway = await progressMidway(page, 'jane-doe.pdf', () => shot('2-uploading'));
    expect(midway).toBeGreaterThan(0);
    expect(midway).toBeLessThan(100);
    await unthrottle();

    // The widget announces progress in a live region, then the app navigates to the result page.
    await page.waitForURL(/\/cv\/[A-Za-z0-9_-]{21,}$/, { timeout: 15_000 });
    const jobId = page.url().split('/').pop()!;
    await page.getByText(/queued|waiting/i).first().waitFor({ timeout: 10_000 });
    await shot('3-queued');
    // A marker on window survives a client-side route change but not a reload.
    await page.evaluate(() => ((window as unknown as { kilnMarker: number }).kilnMarker = 42));

    await demo.startWorker();
    await waitFor(async () => ((await (await fetch(`${demo.url}/api/cv/${jobId}`)).json()) as { revalidatedAt: number | null }).revalidatedAt !== null, 20_000, () => demo.logs());
    // useJob saw the terminal state and the regenerated page, and replaced the route: the static result shows without a reload.
    await page.getByRole('heading', { name: 'Skills by category' }).waitFor({ timeout: 20_000 });
    await shot('4-completed');
    expect(await page.evaluate(() => (window as unknown as { kilnMarker?: number }).kilnMarker)).toBe(42);
    // The analyser read the PDF: the name and a skill from its text are on the page.
    const text = await page.textContent('main');
    expect(text).toContain('Jane Doe');
    expect(text).toContain('TypeScript');
    expect(page.url()).toBe(`${demo.url}/cv/${jobId}`);

    // The widget kept the job's deleteToken: "Delete my data", confirmed, deletes it for real.
    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).waitFor();
    await shot('5-delete-confirm');
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Your file and its analysis were deleted.').waitFor({ timeout: 10_000 });
    await shot('6-deleted');
    expect(await page.textContent('main')).not.toContain('TypeScript');
    expect((await fetch(`${demo.url}/api/cv/${jobId}`)).status).toBe(404);
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(404);
    await page.close();
  }, 120_000); // its own waits add up to 75 s: a loaded machine must not cut them short
});
