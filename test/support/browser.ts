import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (the bootstrap installs it); nothing here downloads a browser. */
export const CHROMIUM = process.env.KILN_CHROMIUM ?? '/usr/bin/chromium';

/** A headless Chromium with a throwaway profile; `close()` removes it. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'kiln-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Slows this page's uploads to `bytesPerSecond`, so upload progress can be seen; the result lifts it. */
export async function throttleUploads(context: BrowserContext, page: Page, bytesPerSecond: number, latencyMs = 5): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  };
}

/** Waits until the widget reports `fileName` part-way uploaded, runs `during` (a screenshot), and returns the progress bar's value. */
export async function progressMidway(page: Page, fileName: string, during: () => Promise<unknown>): Promise<number> {
  const progress = page.getByRole('progressbar');
  await progress.waitFor({ timeout: 10_000 });
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByText(new RegExp(`Uploading ${escaped}: [1-9]\\d?%`)).first().waitFor({ timeout: 15_000 });
  await during();
  return Number(await progress.getAttribute('value'));
}
