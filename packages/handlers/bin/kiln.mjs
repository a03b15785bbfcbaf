#!/usr/bin/env node
// The built CLI when the package has been built (published), else the TypeScript source through tsx.
import { existsSync } from 'node:fs';

const built = new URL('../dist/esm/cli/run.js', import.meta.url);
if (existsSync(built) && !process.env.KILN_FROM_SOURCE) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
