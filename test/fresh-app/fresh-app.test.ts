import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import { freePort, waitFor } from '../support/demo-server';
import { readIntegrationGuide } from '../support/readme-guide';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CRON_SECRET = 'fresh-app-cron-secret-0123456789abcdef';
const run = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, timeout: 240_000 });

/** `pnpm pack` of a workspace package, after making sure its build exists. */
function pack(dir: string, into: string): string {
  if (!existsSync(path.join(ROOT, dir, 'dist'))) run('pnpm', ['run', 'build'], ROOT, { KILN_PACKAGES: dir });
  run('pnpm', ['pack', '--pack-destination', into], path.join(ROOT, dir));
  const name = readdirSync(into).find((f) => f.startsWith(`kiln-${path.basename(dir)}-`) && f.endsWith('.tgz'));
  if (!name) throw new Error(`pnpm pack made no tarball for ${dir}`);
  return path.join(into, name);
}

// A new Next.js 16 app outside the workspace, made only of the README's integration guide and the
// packed tarballs: what a user gets from `npm install` and the docs, nothing from this repository.
describe('a fresh Next.js app built from the README integration guide and the packed tarballs', () => {
  const app = mkdtempSync(path.join(tmpdir(), 'kiln-fresh-app-'));
  const dataDir = path.join(app, '.kiln-data');
  let server: ChildProcess | undefined;
  let output = '';
  let url = '';


  async function stopServer(): Promise<void> {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }

  async function buildAndStart(): Promise<void> {
    await stopServer();
    run(path.join(app, 'node_modules/.bin/next'), ['build'], app, { NEXT_TELEMETRY_DISABLED: '1' });
    await start({ kick: false });
  }

  async function start({ kick }: { kick: boolean }): Promise<void> {
    await stopServer();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    output = '';
    server = spawn(path.join(app, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: app,
      // Without the kick, the page is first rendered while the job waits and the test runs the processor
      // itself, so the switch from the pending page to the regenerated result page is what gets checked.
      env: { ...process.env, PORT: String(port), KILN_DATA_DIR: dataDir, KILN_KICK_AFTER_SUBMIT: kick ? '1' : '0', CRON_SECRET, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (c: Buffer) => (output += c));
    server.stderr!.on('data', (c: Buffer) => (output += c));
    await waitFor(async () => (await fetch(url).catch(() => null))?.ok === true, 30_000, () => `next start did not answer:\n${output}`);
  }

  /** Chooses a text file on the home page, follows the app to /cv/<id>, waits for the result. */
  async function uploadAndWaitForResult(screenshot: string, { processByCron = true } = {}): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: /choose|upload|select/i }).first().click();
      await (await chooser).setFiles({ name: 'cv.txt', mimeType: 'text/plain', buffer: Buffer.from('Jane Doe\nSenior engineer\nTypeScript, Kubernetes\n') });
      await page.waitForURL(/\/cv\/[A-Za-z0-9_-]{21,}$/, { timeout: 20_000 });
      if (processByCron) {
        await page.getByText(/queued|waiting/i).first().waitFor({ timeout: 10_000 });
        // What Vercel Cron does every minute. (REVALIDATE_SECRET is left unset: the embedded default makes one.)
        const processed = await fetch(`${url}/api/cv/process`, { headers: { authorization: `Bearer ${CRON_SECRET}` } });
        expect(await processed.json()).toMatchObject({ completed: 1 });
      }
      await page
        .getByText('6 words analysed.')
        .waitFor({ timeout: 20_000 })
        .catch(async (error: unknown) => {
          await page.screenshot({ path: path.join(SCREENSHOTS, `${screenshot}-failure.png`), fullPage: true });
          throw new Error(`no result on ${page.url()}; server log:\n${output}`, { cause: error });
        });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${screenshot}.png`), fullPage: true });
      return page.url().split('/').pop()!;
    } finally {
      await browser.close();
    }
  }

  async function expectRegeneratedAndCached(jobId: string): Promise<void> {
    const status = (await (await fetch(`${url}/api/cv/${jobId}`)).json()) as { status: string; revalidatedAt: number | null };
    expect(status.status).toBe('completed');
    expect(status.revalidatedAt).not.toBeNull();
    const again = await fetch(`${url}/cv/${jobId}`);
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await again.text()).toMatch(/6(<!-- -->)? words analysed\./);
  }

  beforeAll(async () => {
    const tarballs = path.join(app, 'tarballs');
    mkdirSync(tarballs);
    const handlers = pack('packages/handlers', tarballs);
    const react = pack('packages/react', tarballs);
    const guide = readIntegrationGuide();
    expect(guide.install).toEqual(['@kiln/handlers', '@kiln/react', 'better-sqlite3@12']);
    // What create-next-app gives, plus the guide's `npm install` line (the kiln packages from their tarballs).
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'fresh-kiln-app',
          private: true,
          scripts: { build: 'next build', start: 'next start' },
          dependencies: { next: '16.4.6', react: '^19.2.0', 'react-dom': '^19.2.0', '@kiln/handlers': `file:${handlers}`, '@kiln/react': `file:${react}`, 'better-sqlite3': '^12.0.0' },
          devDependencies: { typescript: '~5.9.3', '@types/node': '^20.19.0', '@types/react': '^19.2.0', '@types/react-dom': '^19.2.0' },
        },
        null,
        2,
      ),
    );
    for (const file of guide.files) {
      mkdirSync(path.dirname(path.join(app, file.path)), { recursive: true });
      writeFileSync(path.join(app, file.path), file.code);
    }
    run('pnpm', ['install', '--prefer-offline', '--reporter=append-only'], app, { npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr', CI: '' });
    await buildAndStart();
  }, 400_000);

  afterAll(async () => {
    await stopServer();
    rmSync(app, { recursive: true, force: true });
  });

  it('uploads in Chromium and lands on the regenerated static result page (Pages Router result page)', async () => {
    const jobId = await uploadAndWaitForResult('fresh-app-pages-result');
    // Regenerated on demand (the App Router handler called pages/api/revalidate.ts over HTTP) and now cached.
    await expectRegeneratedAndCached(jobId);
    // With the kick on (the default), the submit route's after() runs the job: no cron needed.
    await start({ kick: true });
    await expectRegeneratedAndCached(await uploadAndWaitForResult('fresh-app-pages-result-kick', { processByCron: false }));
  });

  it("the README's App Router result page variant: regenerated with revalidatePath, unknown ids are a 404", async () => {
    rmSync(path.join(app, 'pages'), { recursive: true, force: true });
    for (const file of readIntegrationGuide('app-result-page').files) {
      mkdirSync(path.dirname(path.join(app, file.path)), { recursive: true });
      writeFileSync(path.join(app, file.path), file.code);
    }
    await buildAndStart();
    const jobId = await uploadAndWaitForResult('fresh-app-app-router-result');
    await expectRegeneratedAndCached(jobId);
    await start({ kick: true });
    await expectRegeneratedAndCached(await uploadAndWaitForResult('fresh-app-app-router-result-kick', { processByCron: false }));
    expect((await fetch(`${url}/cv/unknownunknownunknownunk`)).status).toBe(404);
  }, 120_000);
});
