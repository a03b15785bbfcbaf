import { existsSync } from 'node:fs';
import path from 'node:path';
import { chooseAdapters, createAdapters } from '../environment';
import type { BlobStore } from '../ports/blob-store';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** A warning: worth fixing, not a failure. */
  warning?: boolean;
}

/**
 * `kiln doctor`: is the queue reachable, its redrive policy present with maxReceiveCount =
 * maxAttempts + 1, its visibility timeout long enough, the store reachable, the secrets set? Human
 * lines, or `--json`. Exit code 0 when nothing failed.
 */
export async function runDoctor(options: { env: Record<string, string | undefined>; dataDir: string; maxAttempts: number; json: boolean; out: (line: string) => void }): Promise<number> {
  const { env, dataDir, maxAttempts } = options;
  const checks: Check[] = [];
  const add = (check: Check) => checks.push(check);
  const maxDurationSeconds = env.KILN_MAX_DURATION_SECONDS ? Number(env.KILN_MAX_DURATION_SECONDS) : 60;
  let choice: ReturnType<typeof chooseAdapters> | null = null;
  let ports: Awaited<ReturnType<typeof createAdapters>> | null = null;
  try {
    choice = chooseAdapters({}, env);
    ports = await createAdapters(choice, {}, env, { dataDir, maxReceiveCount: maxAttempts + 1 });
  } catch (error) {
    add({ name: 'adapters', ok: false, detail: (error as Error).message });
  }

  if (ports && choice) {
    const { queue, store } = ports;
    const queueName = choice.queue.kind === 'sqs' ? `SQS (${choice.queue.variable})` : 'embedded SQLite';
    try {
      await queue.ready?.();
      const stats = await queue.stats?.();
      add({ name: 'queue reachable', ok: true, detail: `${queueName}${stats ? `: ${stats.visible} waiting, ${stats.inFlight} in flight, ${stats.delayed} delayed, ${stats.dead} dead` : ''}` });
      const described = await queue.describe?.();
      add({
        name: 'redrive policy',
        ok: queue.maxReceiveCount === maxAttempts + 1 && Boolean(described?.deadLetterQueue ?? true),
        detail:
          queue.maxReceiveCount === maxAttempts + 1
            ? `maxReceiveCount ${queue.maxReceiveCount} = maxAttempts (${maxAttempts}) + 1; dead letters: ${described?.deadLetterQueue ?? 'kept by the queue'}`
            : `maxReceiveCount is ${queue.maxReceiveCount}, but maxAttempts is ${maxAttempts}: it must be ${maxAttempts + 1} (set the redrive policy, or KILN_MAX_ATTEMPTS=${queue.maxReceiveCount - 1})`,
      });
      if (described?.visibilityTimeoutSeconds !== undefined) {
        const enough = described.visibilityTimeoutSeconds >= maxDurationSeconds;
        add({
          name: 'visibility timeout',
          ok: enough,
          ...(enough ? {} : { warning: true }),
          detail: enough
            ? `${described.visibilityTimeoutSeconds} s ≥ the function's ${maxDurationSeconds} s (Kiln also sets it on every receive and heartbeats running jobs)`
            : `${described.visibilityTimeoutSeconds} s is shorter than the function's ${maxDurationSeconds} s: an SQS-triggered Lambda needs at least its timeout (AWS recommends 6×)`,
        });
      }
    } catch (error) {
      add({ name: 'queue reachable', ok: false, detail: `${queueName}: ${(error as Error).message}` });
    }
    const storeName = choice.store.kind === 'embedded' ? 'embedded SQLite' : `${choice.store.kind} (${choice.store.variable})`;
    try {
      await store.get('kiln-doctor-probe-000000000');
      add({ name: 'store reachable', ok: true, detail: storeName });
    } catch (error) {
      add({ name: 'store reachable', ok: false, detail: `${storeName}: ${(error as Error).message}` });
    }
    await checkFileStore(ports.blobs, choice.blobs.kind === 'embedded' ? 'embedded files' : `${choice.blobs.kind} (${choice.blobs.variable})`, env, add);
    await Promise.allSettled([queue.dispose?.(), store.dispose?.(), ports.blobs.dispose?.()]);
  }

  const embedded = !choice || [choice.queue, choice.store, choice.blobs].some((port) => port.kind === 'embedded');
  const generated = embedded && existsSync(path.join(dataDir, 'secrets.json'));
  for (const [variable, what] of [
    ['CRON_SECRET', 'the process endpoint (Vercel Cron sends it)'],
    ['REVALIDATE_SECRET', 'the revalidate endpoint'],
  ] as const) {
    const set = Boolean(env[variable]);
    add({
      name: variable,
      ok: set || generated,
      detail: set ? `set, guarding ${what}` : generated ? `not set; the embedded default's generated secret in ${path.join(dataDir, 'secrets.json')} guards ${what}` : `not set: ${what} refuses every request. Set it to a long random string (openssl rand -base64 32).`,
    });
  }

  const failed = checks.filter((check) => !check.ok && !check.warning);
  if (options.json) options.out(JSON.stringify({ ok: failed.length === 0, checks }, null, 2));
  else {
    for (const check of checks) options.out(`${check.ok ? '✓' : check.warning ? '!' : '✗'} ${check.name}: ${check.detail}`);
    options.out(failed.length === 0 ? 'All checks passed.' : `${failed.length} check(s) failed.`);
  }
  return failed.length === 0 ? 0 : 1;
}

/**
 * The file store: a probe written, read back and deleted; whether it offers direct uploads; and, when
 * the app's URL is known, whether a browser on that origin may send one (the CORS preflight a browser
 * makes before its PUT — a bucket without a CORS rule is the usual reason direct uploads fail).
 */
async function checkFileStore(blobs: BlobStore, name: string, env: Record<string, string | undefined>, add: (check: Check) => void): Promise<void> {
  const probe = `doctor/probe-${Date.now().toString(36)}`;
  const bytes = new TextEncoder().encode('kiln doctor probe');
  try {
    await blobs.put(probe, bytes, { contentType: 'text/plain' });
    const back = await blobs.get(probe);
    await blobs.delete(probe);
    const same = back !== null && back.byteLength === bytes.byteLength;
    add({ name: 'file store', ok: same, detail: same ? `${name}: a probe was written, read back and deleted` : `${name}: a probe was written but did not read back` });
  } catch (error) {
    add({ name: 'file store', ok: false, detail: `${name}: ${(error as Error).message}` });
    return;
  }
  if (!blobs.createDirectUpload) {
    add({ name: 'direct uploads', ok: true, detail: `not offered by ${name}: files above the multipart limit are refused with 413 (S3 or Vercel Blob take them directly)` });
    return;
  }
  let target: Awaited<ReturnType<NonNullable<BlobStore['createDirectUpload']>>>;
  try {
    target = await blobs.createDirectUpload('direct/doctor-probe', { contentType: 'application/pdf', size: 1, maxBytes: 1, expiresInSeconds: 60 });
  } catch (error) {
    add({ name: 'direct uploads', ok: false, detail: `${name} could not sign an upload: ${(error as Error).message}` });
    return;
  }
  const signed = Boolean(env.KILN_UPLOAD_SECRET || env.REVALIDATE_SECRET);
  if (!signed) {
    add({ name: 'direct uploads', ok: false, detail: `${name} takes them, but neither KILN_UPLOAD_SECRET nor REVALIDATE_SECRET is set to sign their tokens: the submit route answers 501 and the widget sends multipart` });
    return;
  }
  add({ name: 'direct uploads', ok: true, detail: `offered: the browser sends ${target.method} to ${new URL(target.url).origin}` });
  const appUrl = env.KILN_APP_URL || (env.VERCEL_URL ? `https://${env.VERCEL_URL}` : '');
  if (!/^https?:/.test(target.url) || !/^https?:/.test(appUrl)) return;
  const origin = new URL(appUrl).origin;
  const requested = Object.keys(target.headers).map((header) => header.toLowerCase()).filter((header) => header !== 'content-length');
  try {
    const preflight = await fetch(target.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': target.method, ...(requested.length ? { 'access-control-request-headers': requested.join(',') } : {}) },
    });
    const allowed = preflight.headers.get('access-control-allow-origin');
    const ok = preflight.ok && (allowed === '*' || allowed === origin);
    add({
      name: 'CORS for direct uploads',
      ok,
      ...(ok ? {} : { warning: true }),
      detail: ok
        ? `${new URL(target.url).origin} lets ${origin} send ${target.method}`
        : `${new URL(target.url).origin} does not let ${origin} send ${target.method} (preflight answered ${preflight.status}${allowed ? `, allowing ${allowed}` : ''}): browsers will fail every direct upload. Add the CORS rule from the README.`,
    });
  } catch (error) {
    add({ name: 'CORS for direct uploads', ok: false, warning: true, detail: `the preflight to ${new URL(target.url).origin} failed: ${(error as Error).message}` });
  }
}
