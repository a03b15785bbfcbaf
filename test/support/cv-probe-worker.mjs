// A stand-in for @kiln/cv's worker entry, started by the real pool through `analyze(…, { workerUrl })`: it
// answers with what the worker thread can see (its environment), or fails the way a crashing parser does, with
// a file path in the error's message. Used by test/cv/hostile-documents.test.ts.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (request) => {
  if (request.maxPages === 13) throw new Error('ENOENT: no such file or directory, open /srv/kiln/private/secrets.json');
  parentPort.postMessage({ id: request.id, type: 'result', result: { env: { ...process.env } } });
});
