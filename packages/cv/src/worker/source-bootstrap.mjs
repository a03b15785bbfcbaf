// Worker entry used only when @kiln/cv runs from its TypeScript source (vitest, tsx, a Next dev server):
// registers tsx's loader in this thread, then loads the real entry. A build runs analyze-worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
