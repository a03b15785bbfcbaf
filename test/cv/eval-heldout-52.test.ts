import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 52 (packages/cv/eval/heldout-52/: 62 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 26 two-column, 22 table and 14 single, weighted to
 * work history and years on two-column pages and tables: portfolio job cards in a grid, sidebars holding the only
 * dates, a security worksheet's labelled From/To, chats with a CV pasted in, vendor submittals with skills matrices …).
 * Measured once at round 21's start (3b3c993: name 0.919, email 0.968, phone 0.919, work recall 0.876, years MAE 1.50),
 * then opened for diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the
 * fixes it was opened for. Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.952, email: 1, phone: 0.984, skillsF1: 0.947, workRecall: 0.975, yearsMaeMax: 0.298 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.887, workRecall: 0.98, yearsMaeMax: 0.021 },
  'layout=table': { name: 0.909, email: 1, phone: 0.955, skillsF1: 0.959, workRecall: 0.979, yearsMaeMax: 0.318 },
  'layout=two-column': { name: 0.962, email: 1, phone: 1, skillsF1: 0.971, workRecall: 0.968, yearsMaeMax: 0.431 },
  'producer=chromium': { name: 0.966, email: 1, phone: 1, skillsF1: 0.961, workRecall: 0.971, yearsMaeMax: 0.352 },
  'producer=docx': { name: 0.917, email: 1, phone: 1, skillsF1: 0.975, workRecall: 0.984, yearsMaeMax: 0.333 },
  'producer=libreoffice': { name: 0.917, email: 1, phone: 0.917, skillsF1: 0.975, workRecall: 0.969, yearsMaeMax: 0.333 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.841, workRecall: 0.98, yearsMaeMax: 0.033 },
  'language=en': { name: 1, email: 1, phone: 0.963, skillsF1: 0.981, workRecall: 0.975, yearsMaeMax: 0.404 },
  'language=mixed': { name: 0.8, email: 1, phone: 1, skillsF1: 0.968, workRecall: 0.966, yearsMaeMax: 0.04 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.89, workRecall: 0.979, yearsMaeMax: 0.35 },
};

describeDevSet('heldout-52', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
