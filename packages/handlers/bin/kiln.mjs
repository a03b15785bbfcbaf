#!/usr/bin/env node
// The built CLI in the published package; in this repository (whose package.json exports point at the
// TypeScript source, so the build's own `@kiln/handlers/*` imports resolve to .ts files) the source
// through tsx.
import { existsSync, readFileSync } from 'node:fs';

const built = new URL('../dist/esm/cli/run.js', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const published = JSON.stringify(pkg.exports ?? {}).includes('./dist/');
if (published && existsSync(built) && !process.env.KILN_FROM_SOURCE) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
