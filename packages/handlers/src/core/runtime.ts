import type { BlobStore } from '../ports/blob-store';
import type { JobStore } from '../ports/job-store';
import type { Queue } from '../ports/queue';
import type { FileKind } from './file-signature';
import type { JobDefinition } from './job-definition';
import type { Housekeeping } from './housekeeping';
import type { Logger } from './logger';
import type { ProcessorSettings } from './processor';
import type { Authorize, SubmitRateLimit } from './submit-guard';
import type { UploadReads } from './upload-reads';

export interface Ports {
  queue: Queue;
  store: JobStore;
  blobs: BlobStore;
}

/** Where a job's pages live. */
export interface JobRoutes {
  /** The result page, e.g. `/cv/abc…`; also the `statusUrl` returned by submit. */
  pagePath(jobId: string): string;
  /** The status JSON endpoint, e.g. `/api/cv/abc…`. */
  statusApiPath(jobId: string): string;
  /** The jobId if `path` is a result page path, else `null`. Revalidation accepts nothing else. */
  matchPagePath(path: string): string | null;
}

/** What the core handlers need, resolved once by `defineKiln`. Core never chooses adapters itself. */
export interface KilnRuntime<Result = unknown> {
  readonly job: JobDefinition<Result>;
  /** The adapters, created on first use (their SDKs load lazily). */
  ports(): Promise<Ports>;
  readonly routes: JobRoutes;
  /** `maxBytes`: a multipart submit's limit; `directMaxBytes`: a direct upload's. */
  readonly upload: { fieldName: string; maxBytes: number; directMaxBytes: number; accept: readonly FileKind[] };
  readonly processor: ProcessorSettings;
  /** The app's check of who may submit, asked before the body is read; `null`: anyone may. */
  readonly authorize: Authorize | null;
  /** Submits per client; `null`: unlimited. */
  readonly rateLimit: SubmitRateLimit | null;
  /** The cap on multipart bodies read at once in this process. */
  readonly uploadReads: UploadReads;
  readonly ttlSeconds: number;
  readonly kickAfterSubmit: boolean;
  readonly includeResultInStatus: boolean;
  readonly allowSecretInQuery: boolean;
  /**
   * Bearer secrets; `null` means that endpoint is refused (no secret configured). `upload` signs
   * direct-upload tokens.
   */
  secrets(): Promise<{ revalidate: string | null; cron: string | null; upload: string | null }>;
  /** Which Next router renders the result page; decides how a host may regenerate it. */
  readonly resultPage: NextRouterKind;
  /**
   * Revalidation by an authenticated HTTP call to the app's revalidate endpoint, for callers whose host
   * cannot regenerate the page itself (the worker, an App Router handler with a Pages result page).
   * The URL comes from configuration only, never from a request's Host header, which a client controls
   * and which would otherwise receive the secret.
   */
  httpRevalidate(): ((path: string) => Promise<void>) | null;
  /**
   * Deletes expired records and uploads (at most hourly) and reconciles the dead-letter queue (every
   * few minutes); the processor entry points call it.
   */
  readonly housekeeping: Housekeeping;
  readonly logger: Logger;
}

export type NextRouterKind = 'pages' | 'app';

/** What a host (Next Pages route, App Router route handler, Lambda) lends a handler for one request. */
export interface HostContext {
  /** Regenerate a statically generated page in this host (`res.revalidate`, `revalidatePath`). */
  revalidate?: (path: string) => Promise<void>;
  /** The router whose pages `revalidate` reaches: `revalidatePath` does not reach Pages Router ISR pages. */
  router?: NextRouterKind;

  /**
   * When the request arrived (ms since epoch). A processor run's deadline counts from here, not from
   * when the handler got going. @default when the handler was called
   */
  receivedAt?: number;
  /** An absolute deadline the host imposes (ms since epoch), e.g. from Lambda's `getRemainingTimeInMillis()`. */
  deadline?: number;

  /** Keep the function alive for background work after the response (`after`, `waitUntil`). */
  waitUntil?: (promise: Promise<unknown>) => void;
  /**
   * The host read the request body before Kiln saw it (a Pages API route with Next's default
   * `bodyParser`); the `Request` carries a body rebuilt from what it parsed.
   */
  bodyParsed?: boolean;
  /** Route parameters, when the host parsed them. */
  params?: Record<string, string | string[] | undefined>;
}

/** The shape of every core handler: Web-standard in, Web-standard out. */
export type KilnHandler = (req: Request, host?: HostContext) => Promise<Response>;
