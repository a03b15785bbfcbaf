import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createLocalAdapters, localSecrets } from '@kiln/handlers/local';
import { kilnHeaders, withKiln } from '@kiln/handlers/next/config';
import { createProcessHandler, createRevalidateHandler, createStatusHandler, createSubmitHandler, defineJob, defineKiln, KilnConfigError, type Logger } from '../support/handlers';
import { createHttpRevalidator } from '../../packages/handlers/src/core/http-revalidator';
import { isJobId, newJobId } from '../../packages/handlers/src/core/job-id';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import { echoJob } from '../support/kiln-fixtures';
import { kilnUnderTest, multipart, SECRETS } from '../support/kiln-under-test';

/** A logger that keeps every line, to check what reached the log and what did not. */
function recordingLogger() {
  const lines: { level: keyof Logger; message: string; fields: Record<string, unknown> }[] = [];
  const at = (level: keyof Logger) => (message: string, fields: Record<string, unknown> = {}) => void lines.push({ level, message, fields });
  const logger: Logger = { info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines, text: () => JSON.stringify(lines, (_key, value: unknown) => (value instanceof Error ? { message: value.message, stack: value.stack } : value)) };
}

const RAW = "ENOENT: no such file or directory, open '/home/alice/app/.kiln/blobs/private/key.pem'";

describe('public errors are codes and written messages', () => {
  it('a job that throws a plain Error: the record, the status JSON and the page show job_error with a written message; the raw cause goes to the log with the job id', async () => {
    const throwing = defineJob({
      name: 'throws',
      timeoutSeconds: 5,
      async run() {
        throw new Error(RAW);
      },
    });
    const { logger, lines, text } = recordingLogger();
    const ports = createMemoryAdapters({ maxReceiveCount: 2 }); // one attempt and the guard delivery
    const { kiln } = kilnUnderTest({ job: throwing, ...ports, logger, processor: { waitSeconds: 0 } });
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', 'text'))).json()) as { jobId: string };
    const auth = { authorization: `Bearer ${SECRETS.cronSecret}` };
    await createProcessHandler(kiln)(new Request('http://localhost/api/cv/process', { method: 'POST', headers: auth }));

    const record = await ports.store.get(jobId);
    expect(record?.status).toBe('failed');
    expect(record?.error?.code).toBe('job_error');
    expect(record?.error?.message).toMatch(/^The job failed because of an unexpected error on our side/);
    expect(JSON.stringify(record)).not.toContain('/home/alice');
    const status = await createStatusHandler(kiln)(new Request(`http://localhost/api/cv/${jobId}`), { params: { jobId } });
    expect(await status.text()).not.toContain('/home/alice');

    const logged = lines.find((line) => line.message.includes('the job threw an unexpected error'));
    expect(logged?.fields.jobId).toBe(jobId);
    expect(text()).toContain('/home/alice/app/.kiln/blobs/private/key.pem');
  });

  it('a read-model outage on the status route is a 503 to retry, with the cause in the log only (it was a 500)', async () => {
    const { logger, text } = recordingLogger();
    const ports = createMemoryAdapters();
    const { kiln } = kilnUnderTest({ ...ports, logger });
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', 'text'))).json()) as { jobId: string };
    ports.store.get = async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:6379 (redis://:hunter2@10.0.0.7)');
    };
    for (const method of ['GET', 'DELETE']) {
      const response = await createStatusHandler(kiln)(new Request(`http://localhost/api/cv/${jobId}`, { method }), { params: { jobId } });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const body = await response.text();
      expect(body).toContain('service_unavailable');
      expect(body).not.toContain('hunter2');
    }
    expect(text()).toContain('ECONNREFUSED 10.0.0.7');
  });

  it('a JobFailure keeps the message the job wrote for people (it is the public message by contract)', async () => {
    const { toJobError } = await import('../../packages/handlers/src/core/attempt');
    const { JobFailure } = await import('../support/handlers');
    expect(toJobError(new JobFailure('encrypted', 'This PDF is password-protected.'))).toEqual({ code: 'encrypted', message: 'This PDF is password-protected.', retryable: false });
    expect(toJobError('a string with /etc/passwd')).toMatchObject({ code: 'job_error', retryable: true });
    expect(toJobError('a string with /etc/passwd').message).not.toContain('/etc/passwd');
  });
});

describe('job ids', () => {
  it('never begin with "-", so no shell tool or CLI (kiln job <id>) takes one for an option; 24 characters, all 64 of the URL-safe alphabet used', () => {
    const ids = Array.from({ length: 20_000 }, newJobId);
    expect(ids.filter((id) => id.startsWith('-'))).toEqual([]);
    expect(ids.every((id) => id.length === 24 && isJobId(id))).toBe(true);
    expect(new Set(ids.join('')).size).toBe(64);
    expect(new Set(ids.map((id) => id[0])).size).toBe(63);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('secrets are at least 32 characters', () => {
  const weak = 'short-secret';
  it.each([
    ['revalidateSecret', 'REVALIDATE_SECRET'],
    ['cronSecret', 'CRON_SECRET'],
    ['uploadSecret', 'KILN_UPLOAD_SECRET'],
  ] as const)('%s / %s shorter than 32 characters fails at configuration, naming both and how to make one', (option, envVar) => {
    for (const given of [{ [option]: weak, env: {} }, { env: { [envVar]: weak } }]) {
      let error: unknown;
      try {
        defineKiln({ job: echoJob, ...kilnUnderTestPorts(), ...given });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(KilnConfigError);
      const { message, option: named, envVar: variable } = error as KilnConfigError;
      expect(named).toBe(option);
      expect(variable).toBe(envVar);
      expect(message).toContain(`\`${option}\``);
      expect(message).toContain(envVar);
      expect(message).toContain('at least 32 characters');
      expect(message).toContain('openssl rand -base64 32');
      expect(message).not.toContain(weak); // the value itself is never echoed
    }
  });

  it('32 characters are enough', () => {
    const secret = 'x'.repeat(32);
    expect(() => defineKiln({ job: echoJob, ...kilnUnderTestPorts(), revalidateSecret: secret, cronSecret: secret, uploadSecret: secret, env: {} })).not.toThrow();
  });
});

function kilnUnderTestPorts() {
  const { ports } = kilnUnderTest();
  return ports;
}

describe('failed 401s are logged', () => {
  it('with the endpoint, the reason (missing, mismatch, query) and the client IP, never the secret or the value given', async () => {
    const { logger, lines, text } = recordingLogger();
    const { kiln } = kilnUnderTest({ logger });
    const process = createProcessHandler(kiln);
    const revalidate = createRevalidateHandler(kiln);
    const given = 'a-wrong-value-the-caller-guessed-0123456789';
    const ip = { 'x-forwarded-for': '10.0.0.1, 203.0.113.7' }; // the last hop is the one the nearest proxy added
    expect((await process(new Request('http://localhost/api/cv/process', { method: 'POST', headers: ip }))).status).toBe(401);
    expect((await revalidate(new Request('http://localhost/api/revalidate', { method: 'POST', headers: { authorization: `Bearer ${given}` } }))).status).toBe(401);
    expect((await process(new Request(`http://localhost/api/cv/process?secret=${given}`, { method: 'POST', headers: { 'x-real-ip': '198.51.100.2' } }))).status).toBe(401);

    const warnings = lines.filter((line) => line.level === 'warn' && line.message.includes('401'));
    expect(warnings.map((line) => [line.fields.endpoint, line.fields.reason, line.fields.ip])).toEqual([
      ['/api/cv/process', 'missing', '203.0.113.7'],
      ['/api/revalidate', 'mismatch', undefined],
      ['/api/cv/process', 'query', '198.51.100.2'],
    ]);
    expect(text()).not.toContain(given);
    expect(text()).not.toContain(SECRETS.cronSecret);
    expect(text()).not.toContain(SECRETS.revalidateSecret);
  });
});

describe('the HTTP revalidator (against real local HTTP servers)', () => {
  const listen = async (handler: (headers: IncomingHttpHeaders, res: import('node:http').ServerResponse) => void): Promise<{ server: Server; url: string }> => {
    const server = createServer((req, res) => handler(req.headers, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };

  it('refuses a redirect: the secret is not sent to where it points, and the error says a redirect was refused', async () => {
    const seenByTarget: IncomingHttpHeaders[] = [];
    const target = await listen((headers, res) => {
      seenByTarget.push(headers);
      res.end('{}');
    });
    const app = await listen((_headers, res) => {
      res.writeHead(307, { location: `${target.url}/api/revalidate` }).end();
    });
    try {
      const revalidate = createHttpRevalidator({ url: `${app.url}/api/revalidate`, secret: SECRETS.revalidateSecret });
      await expect(revalidate('/cv/abcdefghijklmnopqrstuvwx')).rejects.toThrow(/redirect.*refused|refused.*redirect/i);
      expect(seenByTarget).toEqual([]);
    } finally {
      app.server.close();
      target.server.close();
    }
  });

  it.each(['http://example.com', 'http://10.0.0.5:3000', 'http://localhost.example.com'])('refuses plain http:// to %s at configuration, naming appUrl and KILN_APP_URL', (url) => {
    expect(() => createHttpRevalidator({ url: `${url}/api/revalidate`, secret: SECRETS.revalidateSecret })).toThrow(KilnConfigError);
    for (const given of [{ appUrl: url, env: {} }, { env: { KILN_APP_URL: url } }]) {
      let error: unknown;
      try {
        kilnUnderTest(given);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(KilnConfigError);
      expect(error).toMatchObject({ option: 'appUrl', envVar: 'KILN_APP_URL' });
      expect((error as Error).message).toMatch(/https:\/\//);
    }
  });

  it.each(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000', 'https://cv.example.com'])('accepts %s', (url) => {
    expect(kilnUnderTest({ appUrl: url }).kiln.httpRevalidate()).toBeTypeOf('function');
  });
});

describe('the embedded data folder (real files, a second real process)', () => {
  const tempDir = () => mkdtempSync(path.join(tmpdir(), 'kiln-hardening-'));
  const modeOf = (file: string) => statSync(file).mode & 0o777;

  it('secrets.json is never seen half-written by another process', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'secrets.json');
    const reader = spawn(process.execPath, [path.join(import.meta.dirname, '../support/secrets-reader-child.mjs'), file], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      let out = '';
      reader.stdout.on('data', (chunk: Buffer) => (out += chunk));
      await vi.waitFor(() => expect(out).toContain('ready'), { timeout: 10_000 });
      // Each round makes the file anew, as the first process to start on a fresh data folder does.
      for (let round = 0; round < 3000; round++) {
        rmSync(file, { force: true });
        localSecrets(dir);
      }
      reader.stdin.end();
      await vi.waitFor(() => expect(out).toMatch(/\{.*\}/), { timeout: 10_000 });
      const { reads, partial } = JSON.parse(out.slice(out.indexOf('{'))) as { reads: number; partial: number };
      expect(reads).toBeGreaterThan(0); // the reader did see the file: the race was run
      expect(partial).toBe(0);
    } finally {
      reader.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('a second call reads what the first wrote (never makes its own) and no temporary file is left', () => {
    const dir = tempDir();
    try {
      const first = localSecrets(dir);
      expect(localSecrets(dir)).toEqual(first);
      expect(first.revalidate.length).toBeGreaterThanOrEqual(32);
      expect(readdirSync(dir)).toEqual(['secrets.json']); // no temporary file left behind
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === 'win32')('the data folder is 0700, secrets.json 0600, and kiln.db and the blobs are not readable by others', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'data');
    try {
      localSecrets(dataDir);
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(path.join(dataDir, 'secrets.json'))).toBe(0o600);
      const ports = createLocalAdapters({ dataDir: path.join(root, 'fresh') });
      await ports.store.get('abcdefghijklmnopqrstuvwx'); // opens the database
      await ports.blobs.put('uploads/abcdefghijklmnopqrstuvwx', new TextEncoder().encode('cv'));
      expect(modeOf(path.join(root, 'fresh'))).toBe(0o700);
      expect(modeOf(path.join(root, 'fresh', 'kiln.db')) & 0o077).toBe(0);
      expect(modeOf(path.join(root, 'fresh', 'blobs')) & 0o077).toBe(0);
      expect(modeOf(path.join(root, 'fresh', 'blobs', 'uploads')) & 0o077).toBe(0);
      expect(modeOf(path.join(root, 'fresh', 'blobs', 'uploads', 'abcdefghijklmnopqrstuvwx')) & 0o077).toBe(0);
      await Promise.all([ports.queue.dispose?.(), ports.store.dispose?.()]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === 'win32')('a secrets.json others can read is refused, naming the file and what to do', () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'secrets.json');
      localSecrets(dir);
      chmodSync(file, 0o644);
      expect(() => localSecrets(dir)).toThrow(KilnConfigError);
      expect(() => localSecrets(dir)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*readable by other users.*[Dd]elete it`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('withKiln / kilnHeaders: noindex and no-referrer from Kiln, not the app (rules matched with Next 16\'s own path matcher)', () => {
  // The matcher Next compiles `headers()` sources with (strict, as for custom routes).
  const nextRequire = createRequire(path.resolve(import.meta.dirname, '../../packages/handlers/package.json'));
  const { getPathMatch } = nextRequire('next/dist/shared/lib/router/utils/path-match.js') as {
    getPathMatch: (source: string, options: { strict: boolean; removeUnnamedParams: boolean }) => (pathname: string) => false | Record<string, string>;
  };
  const headersFor = (rules: { source: string; headers: { key: string; value: string }[] }[], pathname: string) => {
    const out: Record<string, string> = {};
    for (const rule of rules) if (getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname)) for (const { key, value } of rule.headers) out[key.toLowerCase()] = value;
    return out;
  };
  const id = 'V1StGXR8_Z5jdHi6B-myTq';

  it('the result page gets X-Robots-Tag noindex, nofollow and Referrer-Policy no-referrer; its data route noindex; other paths nothing', async () => {
    const config = withKiln({ reactStrictMode: true });
    const rules = await config.headers();
    expect(headersFor(rules, `/cv/${id}`)).toEqual({ 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer' });
    expect(headersFor(rules, `/_next/data/a1b2c3BuildId/cv/${id}.json`)).toEqual({ 'x-robots-tag': 'noindex' });
    for (const other of ['/', '/cv', `/cvx/${id}`, `/cv/${id}/more`, `/_next/data/a1b2c3BuildId/index.json`]) expect(headersFor(rules, other)).toEqual({});
    expect(config.reactStrictMode).toBe(true);
  });

  it('follows pagePath, and keeps the app\'s own headers() (after Kiln\'s, so the app\'s value wins on the same key)', async () => {
    const app = {
      async headers() {
        return [
          { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
          { source: '/results/:jobId', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
        ];
      },
    };
    const rules = await withKiln(app, { pagePath: '/results/[jobId]' }).headers();
    expect(headersFor(rules, `/results/${id}`)).toEqual({ 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'same-origin', 'x-frame-options': 'DENY' });
    expect(headersFor(rules, `/_next/data/b/results/${id}.json`)).toMatchObject({ 'x-robots-tag': 'noindex' });
    expect(headersFor(rules, `/cv/${id}`)).toEqual({ 'x-frame-options': 'DENY' });
    expect(kilnHeaders({ pagePath: '/r/[jobId]/view' }).map((rule) => rule.source)).toEqual(['/r/:jobId/view', '/_next/data/:buildId/r/:jobId/view.json']);
  });

  it('a pagePath without one [jobId] fails when the config loads, naming pagePath', () => {
    expect(() => withKiln({}, { pagePath: '/cv/:id' })).toThrow(expect.objectContaining({ name: 'KilnConfigError', option: 'pagePath' }));
  });
});

describe('peer ranges admit no Next or React release with a known RSC vulnerability', () => {
  // Next ships semver compiled in; the packages' own ranges are read from their package.json.
  const nextRequire = createRequire(path.resolve(import.meta.dirname, '../../packages/handlers/package.json'));
  const semver = nextRequire('next/dist/compiled/semver') as { satisfies: (version: string, range: string) => boolean };
  const peers = (dir: string) => (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../packages', dir, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies;
  const installed = (name: string) => (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../demo/node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

  // CVE-2025-55182/66478 (RCE, Dec 3 2025: fixed in Next 16.0.7, React 19.2.1), CVE-2025-55183/55184/67779
  // (Dec 11 2025: Next 16.0.10, React 19.2.3), and the later RSC/Next advisories through May 2026
  // (Next 16.2.6 and React 19.2.6 are the cumulative fixes on the lines the tests run).
  // Next 15 is not admitted at all: no test runs it (15.5.18 has the same fixes, should it be wanted).
  const vulnerableNext = ['15.5.6', '16.0.6', '16.0.7', '16.0.10', '16.1.0', '16.2.5'];
  const vulnerableReact = ['19.0.0', '19.1.1', '19.2.0', '19.2.1', '19.2.3', '19.2.5'];

  it.each(['handlers', 'react'])('@kiln/%s: next refuses every vulnerable release and admits the patched ones and the demo\'s', (dir) => {
    const range = peers(dir).next!;
    for (const version of vulnerableNext) expect(semver.satisfies(version, range), `next ${version} against "${range}"`).toBe(false);
    for (const version of ['16.2.6', '16.3.0', '16.4.6', installed('next')]) expect(semver.satisfies(version, range), `next ${version} against "${range}"`).toBe(true);
  });

  it.each(['react', 'react-dom'])('@kiln/react: %s refuses every vulnerable React 19 and admits the patched ones, React 18.3 (which the component tests run) and the demo\'s', (name) => {
    const range = peers('react')[name]!;
    for (const version of vulnerableReact) expect(semver.satisfies(version, range), `${name} ${version} against "${range}"`).toBe(false);
    for (const version of ['18.3.1', '19.2.6', '19.3.0', installed(name)]) expect(semver.satisfies(version, range), `${name} ${version} against "${range}"`).toBe(true);
  });
});
