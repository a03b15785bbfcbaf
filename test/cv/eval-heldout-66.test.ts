import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 66 (packages/cv/eval/heldout-66/: 62 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 18 single, 22 table and 22 two-column, weighted
 * to tables and sidebars whose name and contact are hard to find (split-name form cells in Dutch, French, German, Hong
 * Kong and Singapore forms; several numbers in one cell; e-mails broken at the @; a careers site's e-mail of its form).
 * Measured once at round 26's start (b29c36b: name 0.935, email 0.935, phone 0.839, skills F1 0.882, work recall 0.813, years MAE 2.45), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.952, email: 0.968, phone: 0.968, skillsF1: 0.882, workRecall: 0.919, yearsMaeMax: 0.929 },
  'layout=single': { name: 1, email: 1, phone: 0.944, skillsF1: 0.852, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 0.909, email: 1, phone: 1, skillsF1: 0.859, workRecall: 0.873, yearsMaeMax: 1.795 },
  'layout=two-column': { name: 0.955, email: 0.909, phone: 0.955, skillsF1: 0.933, workRecall: 0.903, yearsMaeMax: 0.823 },
  'producer=chromium': { name: 1, email: 1, phone: 0.917, skillsF1: 0.934, workRecall: 0.921, yearsMaeMax: 1.279 },
  'producer=docx': { name: 0.857, email: 0.857, phone: 1, skillsF1: 0.896, workRecall: 0.87, yearsMaeMax: 1.307 },
  'producer=libreoffice': { name: 0.929, email: 1, phone: 1, skillsF1: 0.86, workRecall: 0.913, yearsMaeMax: 0.614 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.754, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 0.962, email: 0.923, phone: 0.923, skillsF1: 0.941, workRecall: 0.965, yearsMaeMax: 0.473 },
  'language=mixed': { name: 0.875, email: 1, phone: 1, skillsF1: 0.791, workRecall: 0.75, yearsMaeMax: 2.65 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.852, workRecall: 1, yearsMaeMax: 0.145 },
};

describeDevSet('heldout-66', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
