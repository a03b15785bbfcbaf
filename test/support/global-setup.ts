import { buildDemo } from './demo-server';

/**
 * Builds the demo once, before any test file runs: the integration, browser and benchmark code all
 * start `next start` on this build, and test files run in parallel.
 */
export default function setup(): void {
  if (process.env.KILN_SKIP_DEMO_BUILD === '1') return;
  buildDemo();
}
