#!/usr/bin/env node
// The built CLI when the package has been built (published), else the TypeScript source through tsx.
// KILN_CV_FROM_SOURCE=1 forces the source (the workspace's tests, so a stale dist/ is never what they test).
import { existsSync } from 'node:fs';

const built = new URL('../dist/esm/cli/main.js', import.meta.url);
if (existsSync(built) && !process.env.KILN_CV_FROM_SOURCE) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
