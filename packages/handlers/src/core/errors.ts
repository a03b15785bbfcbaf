/**
 * Typed errors. Every error a handler returns has a `code` mapped to one HTTP status and a message
 * that names the fix; the JSON shape is `{ error: { code, message } }`.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  missing_file: 400,
  empty_file: 400,
  invalid_job_id: 400,
  invalid_path: 400,
  invalid_upload_token: 400,
  unauthorized: 401,
  secret_in_query: 401,
  forbidden: 403,
  forbidden_path: 403,
  not_found: 404,
  upload_not_found: 404,
  method_not_allowed: 405,
  upload_in_progress: 409,
  upload_expired: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  not_configured: 501,
  service_unavailable: 503,
  insufficient_storage: 507,
} as const;

export type KilnErrorCode = keyof typeof ERROR_STATUS;

export class KilnError extends Error {
  override readonly name = 'KilnError';
  readonly status: number;
  constructor(
    readonly code: KilnErrorCode,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = ERROR_STATUS[code];
    this.headers = options?.headers ?? {};
  }
  readonly headers: Record<string, string>;

  toJSON(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

/** A setting is missing or contradicts another. Thrown when Kiln is configured, not on first request. */
export class KilnConfigError extends Error {
  override readonly name = 'KilnConfigError';
  constructor(
    message: string,
    readonly option?: string,
    readonly envVar?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

/**
 * Throw from a job to say how it failed. `retryable: false` records `failed` at once instead of
 * spending the remaining attempts. Its `code` and `message` are public — the status JSON and the result
 * page show them to anyone with the link — so write the message for the person who uploaded the file,
 * with no paths or internal detail. Anything else a job throws is shown as `job_error` with a generic
 * message, and its raw cause goes to the log only.
 *
 * @example
 * throw new JobFailure('encrypted', 'This PDF is password-protected. Save it without a password and upload it again.');
 */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';
  readonly retryable: boolean;
  constructor(
    readonly code: string,
    message: string,
    options: { retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable ?? false;
  }
}

export function errorResponse(error: KilnError): Response {
  return Response.json(error.toJSON(), {
    status: error.status,
    headers: { 'cache-control': 'no-store', ...error.headers },
  });
}

/** Turns anything thrown inside a handler into a JSON response; unknown errors become a 500 without details. */
export function toErrorResponse(error: unknown, log?: (message: string, error: unknown) => void): Response {
  if (error instanceof KilnError) return errorResponse(error);
  log?.('unhandled error in a Kiln handler', error);
  return errorResponse(new KilnError('internal', 'Something went wrong on our side. The request was not processed; try again.'));
}
