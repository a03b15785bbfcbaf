/** Why an analysis could not produce a result. Stable strings: callers map them to HTTP statuses or job failures. */
export type CvErrorCode =
  | 'encrypted_pdf'
  | 'encrypted_docx'
  | 'corrupt_file'
  | 'no_text_layer'
  | 'zip_bomb'
  | 'unsupported_format'
  | 'empty_file'
  | 'timeout'
  | 'aborted'
  | 'too_large'
  | 'out_of_memory'
  | 'internal';

/** Codes worth retrying: the same bytes may succeed on a less loaded machine. */
const RETRYABLE: ReadonlySet<CvErrorCode> = new Set<CvErrorCode>(['timeout', 'out_of_memory', 'internal']);

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

  static fromJSON(json: CvErrorJson): CvError {
    return new CvError(json.code, json.message);
  }
}

export function isCvError(value: unknown): value is CvError {
  return value instanceof CvError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'CvError' && typeof (value as { code?: unknown }).code === 'string');
}

/** Wraps anything thrown inside the pipeline so that callers only ever see a {@link CvError}. */
export function toCvError(error: unknown): CvError {
  if (error instanceof CvError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CvError('internal', `The CV could not be analysed because of an unexpected error (${detail.slice(0, 200)}).`, { cause: error });
}
