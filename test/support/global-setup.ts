import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildDemo } from './demo-server';

/**
 * Before any test file runs: starts this run's scenario table afresh (the fault tests append to it),
 * and builds the demo once — the integration, browser and benchmark code all start `next start` on
 * this build, and test files run in parallel.
 */
export default function setup(): void {
  rmSync(path.resolve(import.meta.dirname, '../../test-results/fault-scenarios.jsonl'), { force: true });
  if (process.env.KILN_SKIP_DEMO_BUILD === '1') return;
  buildDemo();
}
