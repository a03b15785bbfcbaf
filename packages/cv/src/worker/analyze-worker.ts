/**
 * Worker-thread entry: analyses each request it is sent, one at a time, posting progress and then the result
 * or a serialised CvError. Kept alive between requests by the pool so pdfjs loads once per worker. Runs from
 * TypeScript source (under tsx's loader) or from the compiled .js/.cjs file.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeInProcess } from '../analyze-in-process';
import { toCvError } from '../errors';
import type { WorkerMessage, WorkerRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('analyze-worker must run in a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

/** The raw error as text (name, message, top of the stack), for the host's log. */
const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`).slice(0, 2_000) : String(error).slice(0, 2_000));

// No top-level await: the CommonJS build of this file must load too.
port.on('message', (request: WorkerRequest) => {
  const { id } = request;
  analyzeInProcess(request.bytes, {
    referenceDate: new Date(request.referenceDate),
    maxBytes: request.maxBytes,
    maxPages: request.maxPages,
    contactDetails: request.contactDetails,
    redactProfiles: request.redactProfiles,
    onProgress: (fraction, stage) => post({ id, type: 'progress', fraction, stage }),
  }).then(
    (result) => post({ id, type: 'result', result }),
    (error: unknown) => {
      const typed = toCvError(error);
      const raw = typed.cause ?? (typed === error ? undefined : error);
      post({ id, type: 'error', error: typed.toJSON(), detail: raw === undefined ? undefined : describe(raw) });
    },
  );
});
