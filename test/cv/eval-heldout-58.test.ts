import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 58 (packages/cv/eval/heldout-58/: 62 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 34 single, 14 table and 14 two-column, weighted to single-column
 * work in unusual places (dates at the end of a duty, careers told in sentences, recruiters' replies, French and Spanish portal
 * copies) and national phone numbers without a country code).
 * Measured once at round 23's start (780b9f6: name 0.903, email 1, phone 0.903, skills F1 0.916, work recall 0.790, years MAE 1.80), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.968, email: 1, phone: 0.968, skillsF1: 0.924, workRecall: 0.918, yearsMaeMax: 0.529 },
  'layout=single': { name: 0.971, email: 1, phone: 1, skillsF1: 0.937, workRecall: 0.894, yearsMaeMax: 0.85 },
  'layout=table': { name: 0.929, email: 1, phone: 1, skillsF1: 0.833, workRecall: 0.982, yearsMaeMax: 0.279 },
  'layout=two-column': { name: 1, email: 1, phone: 0.857, skillsF1: 0.978, workRecall: 0.915, yearsMaeMax: 0 },
  'producer=chromium': { name: 0.96, email: 1, phone: 0.92, skillsF1: 0.912, workRecall: 0.914, yearsMaeMax: 0.256 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.946, workRecall: 0.956, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.946, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 0.933, email: 1, phone: 1, skillsF1: 0.912, workRecall: 0.839, yearsMaeMax: 1.76 },
  'language=en': { name: 0.975, email: 1, phone: 0.95, skillsF1: 0.987, workRecall: 0.936, yearsMaeMax: 0.515 },
  'language=mixed': { name: 0.909, email: 1, phone: 1, skillsF1: 0.856, workRecall: 0.886, yearsMaeMax: 1.109 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.733, workRecall: 0.878, yearsMaeMax: 0 },
};

describeDevSet('heldout-58', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
