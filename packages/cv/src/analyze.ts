import { CvError } from './errors';
import { DEFAULTS, inputBytes, type AnalyzeInput, type AnalyzeOptions } from './options';
import type { CvAnalysis } from './types';
import { locateWorker } from './worker/locate';
import { acquireWorker, releaseWorker } from './worker/pool';
import type { WorkerMessage, WorkerRequest } from './worker/protocol';

let nextId = 1;

export interface AnalyzeWorkerOptions extends AnalyzeOptions {
  /**
   * Where the worker entry (`worker/analyze-worker.js`, or `.ts` from source) is, for hosts whose bundler
   * moves this package's files.
   * @default the file next to this module, else the installed package's (resolved from `process.cwd()`)
   * @example new URL('./node_modules/@kiln/cv/dist/esm/worker/analyze-worker.js', `file://${process.cwd()}/`)
   */
  workerUrl?: URL;
}

/**
 * Analyses a CV in a worker thread, with a wall-clock limit (`timeoutMs`) and a heap cap (`maxMemoryMb`).
 * Workers are reused while idle (up to two per heap cap, for 30 s), so only the first call pays pdfjs's
 * start-up; a worker that timed out, ran out of memory or was cancelled is terminated, never reused.
 * Resolves with a JSON-serialisable {@link CvAnalysis}; rejects only with a {@link CvError}.
 *
 * @example
 * const result = await analyze(await readFile('cv.pdf'), { referenceDate: new Date('2025-06-30') });
 * console.log(result.analysis.yearsOfExperience, result.analysis.score.total);
 */
export async function analyze(input: AnalyzeInput, options: AnalyzeWorkerOptions = {}): Promise<CvAnalysis> {
  const bytes = inputBytes(input);
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  if (bytes.byteLength > maxBytes) {
    return Promise.reject(new CvError('too_large', `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB. A CV is rarely above 2 MB: export it without embedded images.`));
  }
  if (options.signal?.aborted) return Promise.reject(new CvError('aborted', 'The analysis was cancelled.'));
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULTS.maxMemoryMb;
  const entry = locateWorker(import.meta.url, options.workerUrl);
  // The worker gets its own copy, so the caller's buffer is never detached.
  const copy = new Uint8Array(bytes);
  const id = nextId++;
  const request: WorkerRequest = {
    id,
    bytes: copy,
    referenceDate: (options.referenceDate ?? new Date()).toISOString(),
    maxBytes,
    maxPages: options.maxPages ?? DEFAULTS.maxPages,
    contactDetails: options.contactDetails ?? DEFAULTS.contactDetails,
    redactProfiles: options.redactProfiles ?? DEFAULTS.redactProfiles,
  };
  const { worker, jobs, key } = acquireWorker(entry, maxMemoryMb);

  return new Promise<CvAnalysis>((resolve, reject) => {
    let settled = false;
    const finish = (error: CvError | null, result?: CvAnalysis) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      // Only a worker that finished its job normally (a result or a typed error) is reused.
      const healthy = result !== undefined || (error !== null && !['timeout', 'aborted', 'out_of_memory', 'internal'].includes(error.code));
      if (healthy) releaseWorker(key, worker, jobs + 1);
      else void worker.terminate();
      if (error) reject(error);
      else resolve(result!);
    };
    const timer = setTimeout(
      () => finish(new CvError('timeout', `The analysis took longer than ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} and was stopped. The file may be unusually large or complex; try a simpler export.`)),
      timeoutMs,
    );
    const onAbort = () => finish(new CvError('aborted', 'The analysis was cancelled.'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const onMessage = (message: WorkerMessage) => {
      if (message.id !== id) return;
      if (message.type === 'progress') options.onProgress?.(message.fraction, message.stage);
      else if (message.type === 'result') finish(null, message.result);
      else finish(CvError.fromJSON(message.error, message.detail === undefined ? undefined : new Error(message.detail)));
    };
    const onError = (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(new CvError('out_of_memory', `Analysing this file needed more than ${maxMemoryMb} MB of memory and was stopped. The file may be a decompression bomb or unusually complex.`, { cause: error }));
        // The raw message can name files on the server: it stays in `cause`, for the log, and out of the message.
      } else finish(new CvError('internal', 'The analysis worker failed unexpectedly, so the CV could not be analysed. Try uploading a PDF exported from your word processor.', { cause: error }));
    };
    const onExit = (code: number) => finish(new CvError('internal', `The analysis worker stopped unexpectedly (exit code ${code}).`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request, [copy.buffer as ArrayBuffer]);
  });
}
