import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 49 (packages/cv/eval/heldout-49/: 63 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 28 two-column, 21 single and 14 table, weighted to
 * two-column pages, text exports and contact lines: sidebars in Word text boxes, LinkedIn pages copied whole, e-mails
 * forwarded by agencies, Typst and Jekyll sources, addresses written out against harvesters, Taiwanese 履歷表 grids …).
 * Measured once at round 20's start (6ee290e: name 0.778, email 0.889, phone 0.889, work recall 0.867), then opened for
 * diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the fixes it was
 * opened for. Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.952, email: 1, phone: 0.952, skillsF1: 0.969, workRecall: 0.942, yearsMaeMax: 0.41 },
  'layout=single': { name: 0.905, email: 1, phone: 0.905, skillsF1: 0.932, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 0.929, email: 1, phone: 1, skillsF1: 0.995, workRecall: 0.792, yearsMaeMax: 1.843 },
  'layout=two-column': { name: 1, email: 1, phone: 0.964, skillsF1: 0.986, workRecall: 0.972, yearsMaeMax: 0 },
  'producer=chromium': { name: 0.926, email: 1, phone: 0.963, skillsF1: 0.955, workRecall: 0.98, yearsMaeMax: 0.356 },
  'producer=docx': { name: 1, email: 1, phone: 0.909, skillsF1: 0.982, workRecall: 0.976, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 0.909, email: 1, phone: 0.909, skillsF1: 0.982, workRecall: 0.756, yearsMaeMax: 1.473 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.977, workRecall: 0.982, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 0.926, skillsF1: 0.946, workRecall: 0.944, yearsMaeMax: 0.496 },
  'language=mixed': { name: 0.813, email: 1, phone: 0.938, skillsF1: 1, workRecall: 0.867, yearsMaeMax: 0.775 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.979, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-49', { minDocuments: 63, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
