#!/usr/bin/env node
// `npm run demo` ends here (after kiln-dev.mjs installed the workspace): build the demo for
// production (ISR only works under `next start`, never `next dev`), then run the app and the local
// worker side by side, stopping both together.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'demo');
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
const env = { ...process.env, PORT: port, KILN_APP_URL: process.env.KILN_APP_URL ?? `http://${host}:${port}` };
const bin = (name) => path.join(demo, 'node_modules', '.bin', name);

if (process.env.KILN_SKIP_BUILD !== '1') {
  const build = spawnSync(bin('next'), ['build'], { cwd: demo, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [
  spawn(bin('next'), ['start', '-H', host, '-p', port], { cwd: demo, env, stdio: 'inherit' }),
  spawn(bin('tsx'), ['worker.ts'], { cwd: demo, env, stdio: 'inherit' }),
];
console.log(`\n[kiln] demo: http://localhost:${port}  (data in demo/.kiln; Ctrl+C stops the app and the worker)\n`);

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
