import { onEdgeRuntime } from './core/edge-runtime';
import { KilnConfigError } from './core/errors';
import type { FileKind } from './core/file-signature';
import { createHttpRevalidator, isLoopbackHost } from './core/http-revalidator';
import { createHousekeeping } from './core/housekeeping';
import type { JobDefinition } from './core/job-definition';
import { createConsoleLogger, type Logger } from './core/logger';
import { checkProcessorSettings, jobTimeoutSeconds, type ProcessorSettings } from './core/processor';
import type { JobRoutes, KilnRuntime, Ports } from './core/runtime';
import { clientAddress, type Authorize, type SubmitRateLimit } from './core/submit-guard';
import { createUploadReads } from './core/upload-reads';
import { createTokenBucketRateLimiter } from './adapters/rate-limiter/token-bucket';
import type { RateLimiter } from './ports/rate-limiter';
import type { BlobStore } from './ports/blob-store';
import type { JobStore } from './ports/job-store';
import type { Queue } from './ports/queue';
import { chooseAdapters, createAdapters } from './environment';

/**
 * Everything Kiln needs, in one object passed to every handler factory. Each option falls back to an
 * environment variable, then to the embedded default (SQLite + filesystem under `.kiln/`).
 */
export interface KilnOptions<Result = unknown> {
  /** The work to run for each upload. */
  job: JobDefinition<Result>;
  /** Queue adapter. @default the embedded SQLite queue (no `SQS_QUEUE_URL`) */
  queue?: Queue;
  /** Read-model adapter. @default the embedded SQLite store (no `KV_REST_API_URL`) */
  store?: JobStore;
  /** Blob adapter. @default files under `<dataDir>/blobs` (no `BLOB_READ_WRITE_TOKEN`) */
  blobs?: BlobStore;
  /** Folder of the embedded default, relative to the working directory. Env: `KILN_DATA_DIR`. @default ".kiln" */
  dataDir?: string;
  /**
   * Attempts per job before it is recorded as failed and its message dead-lettered. The queue keeps one
   * more delivery, the guard: if the process running the last attempt dies, the guard delivery records
   * the job as failed (`attempts_exhausted`) instead of leaving it `processing`. So the queue's
   * `maxReceiveCount` (an SQS redrive policy's) must be `maxAttempts + 1`; the embedded queue is set up
   * so, and a queue passed in `queue` is checked (an SQS queue when it first reads its redrive policy).
   * With a `queue` that knows its `maxReceiveCount` from the start (memory, SQLite, or
   * `createSqsQueue({ maxReceiveCount })`) and no `maxAttempts`, it is that `maxReceiveCount − 1`.
   * Env: `KILN_MAX_ATTEMPTS`.
   * @default 3
   */
  maxAttempts?: number;
  /** Largest accepted upload in bytes. Env: `KILN_MAX_UPLOAD_BYTES`. @default 4194304 (4 MB; Vercel's body limit is 4.5 MB) */
  maxUploadBytes?: number;
  /**
   * Largest file a direct upload (browser straight to S3 / Vercel Blob) may bring; it never passes
   * through a function, so it may exceed the 4.5 MB body limit. Env: `KILN_MAX_DIRECT_UPLOAD_BYTES`.
   * @default 26214400 (25 MB)
   */
  maxDirectUploadBytes?: number;
  /**
   * The app's own check of who may submit (a session cookie, an API key), asked before the body is
   * read. It gets the request's method, URL and headers (no body). Return `true` to let the submit
   * through, `false` for a `401` ("Sign in to upload a file."), or a `Response` to send as it is;
   * throw `new KilnError('forbidden', 'your message')` for a `403`. On a refusal nothing is read,
   * stored or queued. Direct-upload offers (`GET ?direct=1`) and commits are checked too.
   * @default anyone may submit
   * @example
   * // Auth.js (NextAuth v5): only signed-in users
   * import { auth } from '@/auth';
   * authorize: async () => Boolean(await auth()),
   * @example
   * // your own session cookie, with a 403 for signed-in users who may not upload
   * authorize: async (req) => {
   *   const session = await readSession(req.headers.get('cookie'));
   *   if (!session) return false;
   *   if (!session.canUpload) throw new KilnError('forbidden', 'Your plan does not include CV analysis.');
   *   return true;
   * },
   */
  authorize?: Authorize;
  /**
   * Submits each client may make: a token bucket of `burst` submits, one back every `refillSeconds`.
   * A refusal is a `429` with `Retry-After`, before the body is read. The default limiter keeps its
   * buckets in this process's memory; on Vercel, where instances share nothing, pass
   * `limiter: createUpstashRateLimiter(...)` from `@kiln/handlers/upstash`. `false` turns it off.
   * Env: `KILN_RATE_LIMIT` — `off`, or `<burst>/<refillSeconds>` like `5/10`.
   * @default { burst: 5, refillSeconds: 10 } per client address (a person retrying a few times is never
   * held up; one address is held to 360 uploads an hour, about 1.4 GB a day at 4 MB each)
   * @example
   * rateLimit: { burst: 3, refillSeconds: 60, key: (req) => req.headers.get('x-user-id') ?? clientAddress(req) }
   */
  rateLimit?: false | RateLimitOptions;
  /**
   * Full-size multipart uploads read at the same time by one process: the bodies held in memory at once
   * are bounded by `maxConcurrentUploads × maxUploadBytes`, each counted by its Content-Length (or as
   * full size without one), so many small CVs are read together while this many 4 MB ones fill it. An
   * upload that does not fit waits up to `uploadWaitMs` for room (its body stays unread), then gets
   * `503` with `Retry-After`. Env: `KILN_MAX_CONCURRENT_UPLOADS`.
   * @default 8 (at most 32 MB of upload bodies in memory with the 4 MB limit)
   */
  maxConcurrentUploads?: number;
  /** How long an upload that does not fit the `maxConcurrentUploads` budget waits for room before the `503`, in ms. Env: `KILN_UPLOAD_WAIT_MS`. @default 2000 */
  uploadWaitMs?: number;
  /**
   * The embedded default's quota for uploaded files (`<dataDir>/blobs`): past it a submit gets `507`
   * and nothing is stored. The total is measured once, then kept up to date as files come and go (and
   * measured again every minute, for files other processes deleted). Env: `KILN_MAX_DATA_DIR_BYTES`.
   * @default 5368709120 (5 GB: about 25,000 CVs of 200 KB, or 1,280 of the largest)
   */
  maxDataDirBytes?: number;
  /**
   * The embedded default refuses uploads (`507`) when the disk holding the data folder has less free
   * space than this, whatever the quota says, so the database and the rest of the machine keep room.
   * Env: `KILN_MIN_FREE_DISK_BYTES`.
   * @default 268435456 (256 MB)
   */
  minFreeDiskBytes?: number;
  /** File kinds accepted, checked by content signature. @default ["pdf", "docx", "txt"] */
  accept?: FileKind[];
  /** Multipart field holding the file. @default "cv" */
  fieldName?: string;
  /** Result page route; `[jobId]` marks the id. @default "/cv/[jobId]" */
  pagePath?: string;
  /** Status JSON route. @default "/api/cv/[jobId]" */
  statusApiPath?: string;
  /** Route of the revalidate endpoint, for the worker's HTTP revalidation. @default "/api/revalidate" */
  revalidateApiPath?: string;
  /**
   * Bearer secret of the revalidate endpoint, at least 32 characters (a shorter one fails at start).
   * Env: `REVALIDATE_SECRET`.
   * @default generated into `<dataDir>/secrets.json` on the embedded default
   * @example process.env.REVALIDATE_SECRET // made with `openssl rand -base64 32`
   */
  revalidateSecret?: string;
  /**
   * Bearer secret of the process endpoint (Vercel Cron sends it), at least 32 characters. Env: `CRON_SECRET`.
   * @default generated like `revalidateSecret` on the embedded default
   */
  cronSecret?: string;
  /** Signs direct-upload tokens; at least 32 characters. Env: `KILN_UPLOAD_SECRET`. @default the revalidate secret (signed for this purpose only) */
  uploadSecret?: string;
  /** Accept `?secret=` as well as the Authorization header. Leaks into logs; avoid. @default false */
  allowSecretInQuery?: boolean;
  /**
   * Base URL the worker process (or any caller without a Next host) uses to reach the app's revalidate
   * endpoint. `false` turns HTTP revalidation off: outside Next, pages then refresh only on their
   * time-based fallback. Never taken from a request's Host header (the secret would go wherever a
   * client points it). Must be `https://`, except for `localhost`, `127.0.0.1` and `[::1]` (the secret
   * travels in the request); redirects are not followed. Env: `KILN_APP_URL`.
   * @default "https://$VERCEL_URL" on Vercel, else "http://127.0.0.1:$PORT" (PORT defaults to 3000)
   */
  appUrl?: string | false;
  /** The processor function's max duration in seconds. Env: `KILN_MAX_DURATION_SECONDS`. @default 60 */
  maxDurationSeconds?: number;
  /** Jobs run at once by one processor. Env: `KILN_CONCURRENCY`. @default 2 */
  concurrency?: number;
  /**
   * Finer processor settings; the ones above win. Defaults: `batchSize` 10, `waitSeconds` 2,
   * `visibilityTimeoutSeconds` 30 (at least 3 × `heartbeatSeconds`), `heartbeatSeconds` a third of the
   * visibility timeout, `backoff` 5 s doubling up to 300 s, `safetyMarginSeconds` a tenth of
   * `maxDurationSeconds` (1–5 s).
   * @example { visibilityTimeoutSeconds: 60, backoff: { baseSeconds: 10, maxSeconds: 600 } }
   */
  processor?: Partial<Omit<ProcessorSettings, 'maxAttempts' | 'concurrency' | 'maxDurationSeconds'>>;
  /** How long job records and uploads are kept, in seconds. Env: `KILN_TTL_SECONDS`. @default 604800 (7 days) */
  ttlSeconds?: number;
  /**
   * Start processing right after a submit instead of waiting for cron or the worker. Env:
   * `KILN_KICK_AFTER_SUBMIT` (`0` turns it off). On the Edge runtime the default is off: a job runs on
   * Node.js (the process route, the worker, or the SQS-triggered Lambda), not in the edge function.
   * @default true (false on the Edge runtime)
   */
  kickAfterSubmit?: boolean;
  /** Put the result in the status JSON too (the page shows it either way). @default false */
  includeResultInStatus?: boolean;
  /**
   * Which router renders the result page, and so where the revalidate endpoint must be mounted.
   * `"pages"`: a getStaticProps page (`createGetStaticProps`), regenerated with `res.revalidate`; mount
   * the revalidate endpoint as a Pages API route. `"app"`: an App Router page (`loadJobForPage`),
   * regenerated with `revalidatePath`; mount it as an App Router route handler. App Router handlers
   * always regenerate through that endpoint over HTTP.
   * @default "pages"
   */
  resultPage?: 'pages' | 'app';
  /** Where Kiln logs. @default console, one line per event */
  logger?: Logger;
  /** Environment to read instead of `process.env` (tests). */
  env?: Record<string, string | undefined>;
}

/** The `rateLimit` option. */
export interface RateLimitOptions {
  /** Submits a client may make at once. @default 5 */
  burst?: number;
  /** One more submit is allowed every this many seconds. @default 10 */
  refillSeconds?: number;
  /**
   * The client a submit counts against; `null` lets this submit through unlimited (e.g. your staff).
   * @default the client address (`clientAddress`): the last hop of `x-forwarded-for` (the one the
   * nearest proxy added; Vercel's only one), else `x-real-ip`; `null` without either or from the
   * loopback. A bare `next start` facing the internet keeps a header the client wrote: put a proxy in
   * front, or key on something you trust (a user id).
   */
  key?: (req: Request) => string | null | Promise<string | null>;
  /**
   * Where the buckets live. @default an in-memory token bucket in each process (`createTokenBucketRateLimiter`),
   * with `burst` and `refillSeconds`; a limiter passed here brings its own
   * @example createUpstashRateLimiter({ url: process.env.KV_REST_API_URL, token: process.env.KV_REST_API_TOKEN })
   */
  limiter?: RateLimiter;
}

/** A resolved configuration: pass it to `createSubmitHandler(kiln)` and the other factories. */
export interface Kiln<Result = unknown> extends KilnRuntime<Result> {
  /** `"embedded"` when any port is the SQLite/filesystem default. */
  readonly mode: 'embedded' | 'custom';
  readonly dataDir: string;
  /** Close adapters (database files, clients). */
  dispose(): Promise<void>;
}

/**
 * Resolves options, then environment, then defaults, in this one place, and fails at once, naming the
 * option and the variable, when a setting is missing or contradicts another.
 */
export function defineKiln<Result>(options: KilnOptions<Result>): Kiln<Result> {
  const env = options.env ?? process.env;
  if (!options.job || typeof options.job.run !== 'function') {
    throw new KilnConfigError('defineKiln: `job` is required — pass defineJob({ name, run }).', 'job');
  }
  const choice = chooseAdapters(options, env);
  const embeddedPorts = (['queue', 'store', 'blobs'] as const).filter((port) => choice[port].kind === 'embedded');
  if (embeddedPorts.length > 0 && env.VERCEL) {
    const how = { queue: 'set SQS_QUEUE_URL', store: 'set KV_REST_API_URL and KV_REST_API_TOKEN (or REDIS_URL)', blobs: 'set BLOB_READ_WRITE_TOKEN (Vercel Blob) or KILN_S3_BUCKET (S3)' } as const;
    throw new KilnConfigError(
      `The embedded default keeps ${embeddedPorts.join(', ')} on the local disk, which Vercel functions do not share: ${embeddedPorts.map((port) => how[port]).join('; ')}.`,
      embeddedPorts[0],
      { queue: 'SQS_QUEUE_URL', store: 'KV_REST_API_URL', blobs: 'BLOB_READ_WRITE_TOKEN' }[embeddedPorts[0]!],
    );
  }

  // Resolved against the working directory where it is used (Node only: the embedded default).
  const dataDir = options.dataDir ?? env.KILN_DATA_DIR ?? '.kiln';
  // A queue that already knows its redrive policy decides maxAttempts; one that reads it at start
  // (SQS) is checked against it then.
  const givenReceiveCount = options.queue?.maxReceiveCount;
  const maxAttempts =
    givenReceiveCount !== undefined && Number.isFinite(givenReceiveCount) && options.maxAttempts === undefined && !env.KILN_MAX_ATTEMPTS
      ? givenReceiveCount - 1
      : pickInt(options.maxAttempts, env, 'KILN_MAX_ATTEMPTS', 'maxAttempts', 3, 1, 1000);
  const maxDurationSeconds = pickInt(options.maxDurationSeconds, env, 'KILN_MAX_DURATION_SECONDS', 'maxDurationSeconds', 60, 5, 900);
  const safetyMarginSeconds = options.processor?.safetyMarginSeconds ?? Math.min(5, Math.max(1, Math.floor(maxDurationSeconds / 10)));
  const jobTimeout = jobTimeoutSeconds(options.job, { maxDurationSeconds, safetyMarginSeconds });
  // A job must fit with a margin to spare on each side: one to receive and start it after the request
  // arrived, one to record its outcome before the host stops the function. Less, and a cron or kick
  // run could never start it.
  if (jobTimeout > maxDurationSeconds - 2 * safetyMarginSeconds) {
    throw new KilnConfigError(
      `The job "${options.job.name}" may take ${jobTimeout} s, but a ${maxDurationSeconds} s function can only start jobs of up to ${maxDurationSeconds - 2 * safetyMarginSeconds} s ` +
        `(maxDurationSeconds minus a ${safetyMarginSeconds} s margin to start the job and another to record its result). Raise maxDurationSeconds or lower the job's timeoutSeconds.`,
      'maxDurationSeconds',
      'KILN_MAX_DURATION_SECONDS',
    );
  }
  const visibilityTimeoutSeconds = options.processor?.visibilityTimeoutSeconds ?? Math.max(30, 3 * (options.processor?.heartbeatSeconds ?? 0));
  const processor: ProcessorSettings = {
    batchSize: 10,
    waitSeconds: 2,
    backoff: { baseSeconds: 5, maxSeconds: 300 },
    ...options.processor,
    visibilityTimeoutSeconds,
    heartbeatSeconds: options.processor?.heartbeatSeconds ?? visibilityTimeoutSeconds / 3,
    safetyMarginSeconds,
    concurrency: pickInt(options.concurrency, env, 'KILN_CONCURRENCY', 'concurrency', 2, 1, 100),
    maxDurationSeconds,
    maxAttempts,
  };
  // The processor's rules, checked now rather than on the first cron tick. The embedded queue is
  // created below with maxReceiveCount = maxAttempts + 1.
  const queueKnowsItsLimit = choice.queue.kind === 'embedded' || Number.isFinite(givenReceiveCount);
  checkProcessorSettings(processor, queueKnowsItsLimit && options.queue ? options.queue : { name: 'embedded', maxReceiveCount: maxAttempts + 1 }, jobTimeout);

  const embedded = embeddedPorts.length > 0;
  // The embedded file store's quota, checked before each multipart upload is read.
  const diskQuota = {
    maxBlobBytes: pickInt(options.maxDataDirBytes, env, 'KILN_MAX_DATA_DIR_BYTES', 'maxDataDirBytes', 5 * 1024 ** 3, 1, Number.MAX_SAFE_INTEGER),
    minFreeDiskBytes: pickInt(options.minFreeDiskBytes, env, 'KILN_MIN_FREE_DISK_BYTES', 'minFreeDiskBytes', 256 * 1024 ** 2, 0, Number.MAX_SAFE_INTEGER),
  };
  let ports: Promise<Ports> | null = null;
  const resolvePorts = () =>
    (ports ??= (async () => {
      const created = await createAdapters(choice, options, env, { dataDir, maxReceiveCount: maxAttempts + 1, ...diskQuota });
      // A queue that reads its settings at start (SQS: the redrive policy) is checked now, naming both numbers.
      await created.queue.ready?.();
      checkProcessorSettings(processor, created.queue, jobTimeout);
      return created;
    })().catch((error: unknown) => {
      ports = null; // a network blip at start must not poison this Kiln for good
      throw error;
    }));

  // Secrets: options, then variables; on the embedded default, ones generated into the data folder
  // (read lazily: that needs the file system, which the Edge runtime does not have).
  const givenRevalidate = pickSecret(options.revalidateSecret, env, 'revalidateSecret', 'REVALIDATE_SECRET');
  const givenCron = pickSecret(options.cronSecret, env, 'cronSecret', 'CRON_SECRET');
  const givenUpload = pickSecret(options.uploadSecret, env, 'uploadSecret', 'KILN_UPLOAD_SECRET');
  let secrets: Promise<{ revalidate: string | null; cron: string | null; upload: string | null }> | null = null;
  const resolveSecrets = () =>
    (secrets ??= (async () => {
      let revalidate = givenRevalidate;
      let cron = givenCron;
      if (embedded && (!revalidate || !cron)) {
        const generated = (await import('@kiln/handlers/local')).localSecrets(dataDir);
        revalidate ??= generated.revalidate;
        cron ??= generated.cron;
      }
      // Direct-upload tokens are signed with their own secret, else the revalidate one (domain-separated).
      return { revalidate, cron, upload: givenUpload ?? revalidate };
    })());

  const configuredAppUrl = options.appUrl || env.KILN_APP_URL || null;
  if (env.AWS_LAMBDA_FUNCTION_NAME && options.appUrl === undefined && !configuredAppUrl) {
    throw new KilnConfigError(
      'On AWS Lambda no app runs next to the function, so result pages are regenerated through your app over HTTPS: set KILN_APP_URL to its URL (e.g. https://your-app.vercel.app), or appUrl: false to rely on the pages\' time-based fallback.',
      'appUrl',
      'KILN_APP_URL',
    );
  }
  if (configuredAppUrl) checkAppUrl(configuredAppUrl, options.appUrl ? 'option `appUrl`' : `KILN_APP_URL=${JSON.stringify(configuredAppUrl)}`);
  // On Vercel the platform sets VERCEL_URL to this deployment's own host name.
  const defaultAppUrl = env.VERCEL_URL ? `https://${env.VERCEL_URL}` : `http://127.0.0.1:${env.PORT ?? 3000}`;
  const revalidateApiPath = options.revalidateApiPath ?? '/api/revalidate';
  const routes = createRoutes(options.pagePath ?? '/cv/[jobId]', options.statusApiPath ?? '/api/cv/[jobId]');
  const logger = options.logger ?? createConsoleLogger();
  const ttlSeconds = pickInt(options.ttlSeconds, env, 'KILN_TTL_SECONDS', 'ttlSeconds', 7 * 24 * 3600, 60, 10 * 365 * 24 * 3600);
  const upload = {
    fieldName: options.fieldName ?? 'cv',
    maxBytes: pickInt(options.maxUploadBytes, env, 'KILN_MAX_UPLOAD_BYTES', 'maxUploadBytes', 4 * 1024 * 1024, 1, 5 * 1024 ** 3),
    directMaxBytes: pickInt(options.maxDirectUploadBytes, env, 'KILN_MAX_DIRECT_UPLOAD_BYTES', 'maxDirectUploadBytes', 25 * 1024 * 1024, 1, 5 * 1024 ** 3),
    accept: options.accept ?? (['pdf', 'docx', 'txt'] as FileKind[]),
  };

  const rateLimit = resolveRateLimit(options.rateLimit, env);
  const uploadReads = createUploadReads(
    // A budget of full-size uploads: small ones count by their size (see UploadReads).
    pickInt(options.maxConcurrentUploads, env, 'KILN_MAX_CONCURRENT_UPLOADS', 'maxConcurrentUploads', 8, 1, 10_000) * upload.maxBytes,
    pickInt(options.uploadWaitMs, env, 'KILN_UPLOAD_WAIT_MS', 'uploadWaitMs', 2000, 0, 60_000),
  );

  return {
    job: options.job,
    mode: embedded ? 'embedded' : 'custom',
    dataDir,
    ports: resolvePorts,
    routes,
    upload,
    processor,
    authorize: options.authorize ?? null,
    rateLimit,
    uploadReads,
    ttlSeconds,
    housekeeping: createHousekeeping(ttlSeconds, logger),
    kickAfterSubmit: options.kickAfterSubmit ?? (env.KILN_KICK_AFTER_SUBMIT !== '0' && !onEdgeRuntime()),
    includeResultInStatus: options.includeResultInStatus ?? false,
    allowSecretInQuery: options.allowSecretInQuery ?? false,
    secrets: resolveSecrets,
    resultPage: options.resultPage ?? 'pages',
    httpRevalidate() {
      const base = options.appUrl === false ? null : (configuredAppUrl ?? defaultAppUrl);
      if (!base || (!givenRevalidate && !embedded)) return null;
      return createHttpRevalidator({ url: `${base.replace(/\/$/, '')}${revalidateApiPath}`, secret: async () => (await resolveSecrets()).revalidate ?? '' });
    },
    logger,
    async dispose() {
      if (!ports) return;
      const { queue, store, blobs } = await ports;
      await Promise.all([queue.dispose?.(), store.dispose?.(), blobs.dispose?.()]);
    },
  };
}

/** `rateLimit` from the option, else `KILN_RATE_LIMIT` (`off`, or `<burst>/<refillSeconds>`), else 5 per 10 s. */
function resolveRateLimit(option: KilnOptions['rateLimit'], env: Record<string, string | undefined>): SubmitRateLimit | null {
  if (option === false) return null;
  let settings: RateLimitOptions = option ?? {};
  const raw = env.KILN_RATE_LIMIT?.trim();
  if (option === undefined && raw) {
    if (/^(off|0|false)$/i.test(raw)) return null;
    const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*s?$/i.exec(raw);
    if (!match) throw new KilnConfigError(`KILN_RATE_LIMIT=${JSON.stringify(raw)} is not understood: use "off", or "<burst>/<refillSeconds>" like "5/10" (option \`rateLimit\`).`, 'rateLimit', 'KILN_RATE_LIMIT');
    settings = { burst: Number(match[1]), refillSeconds: Number(match[2]) };
  }
  const burst = settings.burst ?? 5;
  const refillSeconds = settings.refillSeconds ?? 10;
  if (!Number.isInteger(burst) || burst < 1 || !(refillSeconds > 0)) {
    throw new KilnConfigError(`rateLimit: burst must be a whole number of at least 1 and refillSeconds more than 0 (got ${burst} and ${refillSeconds}).`, 'rateLimit', 'KILN_RATE_LIMIT');
  }
  return { limiter: settings.limiter ?? createTokenBucketRateLimiter({ burst, refillSeconds }), key: settings.key ?? clientAddress };
}

/** Shorter secrets can be guessed or brute-forced offline; 32 characters of `openssl rand -base64 32` carry 192 bits and more. */
export const MIN_SECRET_LENGTH = 32;

function pickSecret(value: string | undefined, env: Record<string, string | undefined>, option: string, envVar: string): string | null {
  const secret = value ?? env[envVar] ?? null;
  if (secret && secret.length < MIN_SECRET_LENGTH) {
    // The value itself is never echoed: error messages end up in logs.
    const source = value !== undefined ? `The option \`${option}\`` : `The variable ${envVar}`;
    throw new KilnConfigError(
      `${source} is ${secret.length} characters long; secrets must be at least ${MIN_SECRET_LENGTH} characters (option \`${option}\`, variable ${envVar}). ` +
        'Make one with `openssl rand -base64 32` (or `node -e "console.log(crypto.randomBytes(32).toString(\'base64\'))"`).',
      option,
      envVar,
    );
  }
  return secret;
}

/**
 * The revalidate secret goes to `appUrl` in an Authorization header: refused over plain HTTP unless the
 * app is on this machine, where nothing crosses a network.
 */
function checkAppUrl(url: string, source: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return; // not a URL at all: the HTTP revalidator reports it when it first runs
  }
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
    throw new KilnConfigError(
      `${source} is plain http:// to ${parsed.hostname}: the revalidate secret would cross the network unencrypted. Use https:// (option \`appUrl\`, variable KILN_APP_URL); plain http:// is accepted only for localhost, 127.0.0.1 and [::1].`,
      'appUrl',
      'KILN_APP_URL',
    );
  }
}

function pickInt(value: number | undefined, env: Record<string, string | undefined>, envVar: string, option: string, fallback: number, min: number, max: number): number {
  const raw = value ?? (env[envVar] !== undefined && env[envVar] !== '' ? Number(env[envVar]) : fallback);
  if (!Number.isInteger(raw) || raw < min || raw > max) {
    const source = value !== undefined ? `option \`${option}\`` : `${envVar}=${JSON.stringify(env[envVar])}`;
    throw new KilnConfigError(`${source} must be a whole number from ${min} to ${max} (option \`${option}\`, variable ${envVar}).`, option, envVar);
  }
  return raw;
}

const ID_SEGMENT = '([A-Za-z0-9_-]{21,64})';

function createRoutes(pagePattern: string, statusPattern: string): JobRoutes {
  for (const [name, pattern] of [
    ['pagePath', pagePattern],
    ['statusApiPath', statusPattern],
  ] as const) {
    if (!pattern.startsWith('/') || pattern.split('[jobId]').length !== 2) {
      throw new KilnConfigError(`${name} must be a path with one "[jobId]" segment, like "/cv/[jobId]" (got "${pattern}").`, name);
    }
  }
  const [before, after] = pagePattern.split('[jobId]') as [string, string];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matcher = new RegExp(`^${escape(before)}${ID_SEGMENT}${escape(after)}$`);
  return {
    pagePath: (jobId) => pagePattern.replace('[jobId]', jobId),
    statusApiPath: (jobId) => statusPattern.replace('[jobId]', jobId),
    matchPagePath: (candidate) => matcher.exec(candidate)?.[1] ?? null,
  };
}

