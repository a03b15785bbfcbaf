import { CvError } from './errors';

/** What `analyze` accepts: raw bytes, or bytes with what the client said about them. */
export type AnalyzeInput =
  | Uint8Array
  | {
      bytes: Uint8Array;
      /** The client's MIME type. Informational only: the format is detected from the content. */
      contentType?: string;
      /** The client's file name. Informational only; never used as a path. */
      fileName?: string;
    };

/** Stages reported through {@link AnalyzeOptions.onProgress}. */
export type AnalyzeStage = 'starting' | 'extracting' | 'structuring' | 'skills' | 'scoring' | 'done';

export interface AnalyzeOptions {
  /** Cancels the analysis; the promise rejects with a `CvError` of code `aborted`. */
  signal?: AbortSignal;
  /**
   * The date "Present" / 至今 means, and the end of open intervals in `yearsOfExperience`.
   * @default new Date() (the time of the call)
   * @example new Date('2025-06-30')
   */
  referenceDate?: Date;
  /**
   * Wall-clock limit for the whole analysis, worker start-up included. The worker is terminated when it
   * passes and the promise rejects with code `timeout`.
   * @default 20_000
   */
  timeoutMs?: number;
  /**
   * Heap cap for the worker thread (V8 old generation, MB). Exceeding it ends the worker with `out_of_memory`.
   * @default 256
   */
  maxMemoryMb?: number;
  /**
   * Largest input accepted, in bytes; above it the promise rejects with `too_large` before any parsing.
   * @default 10 * 1024 * 1024
   */
  maxBytes?: number;
  /**
   * Pages of a PDF that are read; later pages are ignored (and a warning says so).
   * @default 10
   */
  maxPages?: number;
  /**
   * Whether contact details leave the analyser. With `'redact'`, emails, phone numbers, street addresses and the
   * labelled location are removed from every string of the result — name and skill evidence, work highlights,
   * section headings, diagnostics, the JSON Resume part — inside the worker, so they never leave it; each is
   * replaced by a visible marker (`[email]`, `[phone]`, `[address]`). The dedicated fields (`resume.basics.email`,
   * `analysis.contact.phones`…) are emptied. The score is computed before, so a CV with an email and a phone still
   * scores for them. `'keep'` returns everything as read (the `kiln-cv` CLI does, for your own file).
   * @default 'redact'
   * @example { contactDetails: 'keep' } // e.g. to store the full result; show it through redactContact()
   */
  contactDetails?: 'redact' | 'keep';
  /**
   * With `contactDetails: 'redact'`, also remove profile and web links (LinkedIn, GitHub, a personal site):
   * `resume.basics.profiles`, `resume.basics.url`, `analysis.contact.links`, and `[link]` in the text.
   * @default false (links a candidate lists are usually meant to be seen)
   */
  redactProfiles?: boolean;
  /** Called as the analysis advances, with a fraction in [0, 1] and the stage name. */
  onProgress?(fraction: number, stage: AnalyzeStage): void;
}

export const DEFAULTS = { timeoutMs: 20_000, maxMemoryMb: 256, maxBytes: 10 * 1024 * 1024, maxPages: 10, contactDetails: 'redact', redactProfiles: false } as const;

export function inputBytes(input: AnalyzeInput): Uint8Array {
  const bytes = input instanceof Uint8Array ? input : (input as { bytes?: unknown } | null)?.bytes;
  if (!(bytes instanceof Uint8Array)) {
    throw new CvError('unsupported_format', 'The CV must be passed as bytes (a Uint8Array or Buffer, or { bytes }).');
  }
  return bytes;
}
