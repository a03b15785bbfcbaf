/**
 * Held-out set 3 (eval/heldout-3/): written blind on 2026-12-02 by a helper engineer who read neither the analyser
 * nor its tests, frozen by sha256, never opened. Scored with the dev sets' loop, reported in aggregates only
 * (`heldOutReport`): no per-document result of this set is ever printed, so that nothing is tuned against it.
 * (This file is the evaluation's; the set's writer's files beside it — generate.ts, check.ts, … — are not used here.)
 *
 *   pnpm --filter @kiln/cv exec tsx eval/heldout-3/evaluate.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateDevLayouts } from '../dev-layouts/evaluate';
import { heldOutReport } from '../independent/report';
import type { DocumentScore } from '../score-document';

export const HELDOUT3_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Every document of heldout-3, scored (marked held out). Print them only through `heldout3Report`. */
export function evaluateHeldout3(): Promise<DocumentScore[]> {
  return evaluateDevLayouts(HELDOUT3_DIR, 'heldout-3', true);
}

/** heldout-3's aggregate report. */
export function heldout3Report(scores: DocumentScore[]): string {
  return heldOutReport(scores, {
    label: 'heldout-3',
    title: (size) => `Held-out set 3 (eval/heldout-3/: ${size}, written blind on 2026-12-02, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  const scores = await evaluateHeldout3();
  console.log(`${heldout3Report(scores)}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
