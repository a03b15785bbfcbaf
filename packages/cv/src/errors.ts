/** Why an analysis could not produce a result. Stable strings: callers map them to HTTP statuses or job failures. */
export type CvErrorCode =
  | 'encrypted_pdf'
  | 'encrypted_docx'
  | 'corrupt_file'
  | 'no_text_layer'
  | 'zip_bomb'
  | 'decompression_bomb'
  | 'unsupported_format'
  | 'empty_file'
  | 'timeout'
  | 'aborted'
  | 'too_large'
  | 'out_of_memory'
  | 'internal';

/**
 * Codes worth retrying. None, today: the analysis is a pure function of the bytes, so a file that timed out, ran
 * out of memory or hit a bug will do the same again, and retrying a hostile upload only multiplies its cost
 * (three attempts of ~45 s each). The message says why it failed; the job fails once.
 */
const RETRYABLE: ReadonlySet<CvErrorCode> = new Set<CvErrorCode>([]);

/** The JSON form of a {@link CvError}, as passed from the worker thread or stored in a job record. */
export interface CvErrorJson {
  name: 'CvError';
  code: CvErrorCode;
  message: string;
  retryable: boolean;
}

/**
 * The one error type `analyze` rejects with. `message` is a sentence for a person (it says what is wrong
 * with the file and what to do); `code` is for programs.
 */
export class CvError extends Error {
  override readonly name = 'CvError';
  readonly code: CvErrorCode;
  readonly retryable: boolean;

  constructor(code: CvErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.retryable = RETRYABLE.has(code);
  }

  toJSON(): CvErrorJson {
    return { name: 'CvError', code: this.code, message: this.message, retryable: this.retryable };
  }

  /** Rebuilds an error passed as JSON; `cause` (the raw error, for the log) never travels in the JSON itself. */
  static fromJSON(json: CvErrorJson, cause?: unknown): CvError {
    return new CvError(json.code, json.message, cause === undefined ? undefined : { cause });
  }
}

export function isCvError(value: unknown): value is CvError {
  return value instanceof CvError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'CvError' && typeof (value as { code?: unknown }).code === 'string');
}

/**
 * Wraps anything thrown inside the pipeline so that callers only ever see a {@link CvError}. The message is a
 * written sentence: it reaches the status JSON and the result page, and a raw exception's text can hold file
 * paths or parts of the document. The original error stays in `cause`, for the log.
 */
export function toCvError(error: unknown): CvError {
  if (error instanceof CvError) return error;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new CvError('corrupt_file', 'This file is nested far more deeply than any CV is, so it could not be read. Export it again from the original document.', { cause: error });
  }
  return new CvError('internal', 'The CV could not be analysed because of an unexpected error in the analyser. Try uploading a PDF exported from your word processor.', { cause: error });
}
