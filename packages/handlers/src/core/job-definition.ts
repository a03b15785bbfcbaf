import type { Logger } from './logger';

/** The uploaded file, as the job sees it. */
export interface JobFile {
  /** Size in bytes. */
  size: number;
  /** Detected from the file's signature: `application/pdf`, the DOCX type, or `text/plain`. */
  contentType: string;
  /** Reads the bytes from the blob store. */
  bytes(): Promise<Uint8Array>;
}

export interface JobInput {
  file: JobFile;
}

export interface JobContext {
  jobId: string;
  /** 1 for the first delivery, 2 for the first retry, … */
  attempt: number;
  /** The last attempt this job gets before it is recorded as failed. */
  maxAttempts: number;
  /**
   * Aborts shortly before the job's deadline (its own `timeoutSeconds`, or the function's max duration,
   * whichever comes first). Pass it to anything that takes a signal; stop work when it fires.
   */
  signal: AbortSignal;
  /** When the signal fires (ms since epoch). */
  deadline: number;
  /**
   * Report progress (0–1) and an optional stage name. Stored on the job record, so the status view can
   * show it; writes are coalesced, so calling it often is cheap.
   */
  progress(fraction: number, stage?: string): Promise<void>;
  /** Logs with the jobId stamped on every line. */
  log: Logger;
}

export interface JobDefinition<Result = unknown> {
  /** Short name for logs, e.g. `"cv-analysis"`. */
  name: string;
  /**
   * The most one attempt may take. The processor will not start a job unless this much time is left
   * before its own deadline, and aborts `ctx.signal` when it runs out.
   * @default 60
   */
  timeoutSeconds?: number;
  /** The work. Throw `JobFailure` to choose the error code and whether to retry; other errors are retried. */
  run(input: JobInput, ctx: JobContext): Promise<Result>;
}

/** Declares a job with its result type, so pages and hooks that read the result are typed. */
export function defineJob<Result>(definition: JobDefinition<Result>): JobDefinition<Result> {
  if (typeof definition.run !== 'function') throw new TypeError('defineJob: `run` must be a function (input, ctx) => Promise<Result>.');
  if (definition.timeoutSeconds !== undefined && !(definition.timeoutSeconds > 0)) {
    throw new TypeError('defineJob: `timeoutSeconds` must be a positive number of seconds.');
  }
  return definition;
}

/** Body of a queue message. Versioned so a future format can be told apart. */
export interface JobMessage {
  v: 1;
  jobId: string;
}

export function encodeJobMessage(jobId: string): string {
  return JSON.stringify({ v: 1, jobId } satisfies JobMessage);
}

export function decodeJobMessage(body: string): JobMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { v, jobId } = parsed as Record<string, unknown>;
  return v === 1 && typeof jobId === 'string' && jobId.length > 0 ? { v: 1, jobId } : null;
}
