/**
 * The hand-written sets held out now (never opened, never tuned on), by folder name under eval/. Their own module,
 * with no imports, so that the dev sets' report (eval/dev-layouts/evaluate.ts) can refuse them without importing the
 * held-out sets' evaluator, which imports it.
 */
export const HELD_OUT_NAMES = ['heldout-4', 'heldout-10', 'heldout-12', 'heldout-14', 'heldout-17', 'heldout-20', 'heldout-23', 'heldout-26', 'heldout-29', 'heldout-32', 'heldout-35', 'heldout-38', 'heldout-41', 'heldout-44', 'heldout-47', 'heldout-50', 'heldout-53', 'heldout-56', 'heldout-59', 'heldout-62', 'heldout-65', 'heldout-68', 'heldout-71', 'heldout-74', 'heldout-77', 'heldout-80'] as const;
export type HeldOutName = (typeof HELD_OUT_NAMES)[number];
