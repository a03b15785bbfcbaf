import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CvError } from '../errors';
import type { WorkerEntry } from './pool';

/** A .ts entry runs through the bootstrap next to it, which registers tsx inside the worker first. */
function entryFor(target: URL): WorkerEntry {
  // `execArgv: ['--import', 'tsx']` is not applied to a worker's entry module on Node 20: hence the bootstrap.
  if (target.pathname.endsWith('.ts')) return { url: new URL('./source-bootstrap.mjs', target), start: { entry: target.href } };
  return { url: target, start: { entry: target.href } };
}

const exists = (url: URL) => url.protocol === 'file:' && existsSync(fileURLToPath(url));

/**
 * Finds the worker entry, in order: the caller's `workerUrl`; the file next to the calling module, with its
 * extension (.ts from source, .js/.cjs from the build); and, when a bundler has moved the calling module (a
 * Next server chunk), the installed package as seen from the working directory (its build, else its source).
 */
export function locateWorker(moduleUrl: string, override?: URL): WorkerEntry {
  if (override) return entryFor(override);
  const extension = /\.(ts|cjs|mjs|js)$/.exec(new URL(moduleUrl).pathname)?.[1] ?? 'js';
  const beside = new URL(`./worker/analyze-worker.${extension}`, moduleUrl);
  if (exists(beside)) return entryFor(beside);
  try {
    const manifest = createRequire(path.join(process.cwd(), 'package.json')).resolve('@kiln/cv/package.json');
    const root = pathToFileURL(path.dirname(manifest) + path.sep);
    for (const candidate of ['dist/esm/worker/analyze-worker.js', 'src/worker/analyze-worker.ts']) {
      const url = new URL(candidate, root);
      if (exists(url)) return entryFor(url);
    }
  } catch {
    // not resolvable from here: fall through to the error
  }
  throw new CvError('internal', `The CV analysis worker file was not found next to ${moduleUrl}. Pass \`workerUrl\` to analyze(), or keep @kiln/cv out of the bundle.`);
}
